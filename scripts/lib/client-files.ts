// The typed client's generated files (client/), from the service's own OpenAPI document: the app is built
// (no database needed: the document comes from the routes' schemas) and `app.swagger()` is written as
// client/openapi.json, and as TypeScript types by openapi-typescript in client/src/schema.ts.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript'
import { buildApp } from '../../src/app.js'
import { configFromEnv, parseEnv } from '../../src/config.js'
import { packageRoot } from '../../src/package-root.js'

const banner = [
  '// Generated from client/openapi.json (the service\'s OpenAPI document) by `npm run client:generate` at the',
  '// repository root: do not edit. `npm run client:check` (and the test suite) fails while it is out of date.',
  ''
].join('\n')

/** The service's OpenAPI document, as the running service answers it at /openapi.json. */
export async function openapiDocument (): Promise<OpenAPI3> {
  // A fixed configuration, whatever the environment says: the document depends on the routes only. Nothing
  // listens on port 1, so the schema's start-up attempt fails at once and is retried in the background until close.
  // Secrets: placeholders for every one the service requires (a variable it does not know is ignored).
  const secret = 'x'.repeat(32)
  const config = configFromEnv(parseEnv({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused', JWT_SECRET: secret, CURSOR_SECRET: secret }))
  const app = await buildApp({ config, logger: false })
  try {
    await app.ready()
    return app.swagger() as OpenAPI3
  } finally {
    await app.close()
  }
}

/** Path (from the repository root) -> content of every generated file. */
export async function clientFiles (): Promise<Record<string, string>> {
  const document = await openapiDocument()
  const types = astToString(await openapiTS(document))
  return {
    'client/openapi.json': JSON.stringify(document, null, 2) + '\n',
    'client/src/schema.ts': banner + types
  }
}

/** The generated files that differ from what is in the tree (missing ones included). */
export function staleFiles (files: Record<string, string>): string[] {
  return Object.entries(files).filter(([path, content]) => {
    try {
      return readFileSync(join(packageRoot, path), 'utf8') !== content
    } catch {
      return true
    }
  }).map(([path]) => path)
}
