// npm run client:generate: writes the typed client's generated files (client/openapi.json, client/src/schema.ts)
// from the service's routes. npm run client:check: exits 1 when they are out of date (re-run generate and commit).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot } from '../src/package-root.js'
import { clientFiles, staleFiles } from './lib/client-files.js'

async function main (command: string | undefined): Promise<number> {
  const files = await clientFiles()
  const stale = staleFiles(files)
  if (command === 'check') {
    if (stale.length === 0) {
      console.log('client/ is up to date with the service\'s OpenAPI document')
      return 0
    }
    console.error(`out of date with the service's routes: ${stale.join(', ')}; run npm run client:generate and commit`)
    return 1
  }
  if (command !== 'generate') throw new Error('usage: client.ts generate|check')
  for (const path of stale) writeFileSync(join(packageRoot, path), files[path]!)
  console.log(stale.length === 0 ? 'client/ was up to date' : `wrote ${stale.join(', ')}`)
  return 0
}

main(process.argv[2]).then(code => { process.exitCode = code }, (err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exitCode = 1
})
