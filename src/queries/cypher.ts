// Every Cypher statement lives in cypher/<area>/<what-it-does>.cypher. This loads one, once, at module load,
// and composes it: `@name(a, b)` in a statement is replaced by the fragment cypher/reader/<name>.cypher with its
// parameters (its `// params:` line) bound to the variables given. The reader view is written once there
// (who stands in a block relation, who mutes whom, whose network a reader may read, which follows it may see)
// and every statement that needs it says `@blocked(f, me)` instead of writing the rule out again.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot } from '../package-root.js'

/** A Cypher statement and the routing it needs: READ goes to any cluster member, WRITE to the leader. */
export interface Query {
  name: string
  text: string
  routing: 'READ' | 'WRITE'
}

const cypherDir = join(packageRoot, 'cypher')

const fragmentCall = /@([a-z][a-z-]*)\(([^()]*)\)/g

/** A fragment's body (its comment lines dropped) with `<<param>>` replaced by the given variables. */
function fragment (name: string, args: string[], depth: number): string {
  const text = readFileSync(join(cypherDir, 'reader', `${name}.cypher`), 'utf8')
  const params = /^\/\/ params: (.*)$/m.exec(text)?.[1]?.split(',').map(p => p.trim()) ?? []
  if (params.length !== args.length) throw new Error(`@${name} takes ${params.length} arguments (${params.join(', ')}), given ${args.length}`)
  const body = text.split('\n').filter(line => !line.trimStart().startsWith('//')).join('\n').trim()
  return compose(params.reduce((b, p, i) => b.replaceAll(`<<${p}>>`, args[i]!), body), depth + 1)
}

/** A statement with every `@fragment(args)` expanded (fragments may use others). */
export function compose (text: string, depth = 0): string {
  if (depth > 8) throw new Error('reader fragments nest too deeply')
  return text.replace(fragmentCall, (_, name: string, args: string) => fragment(name, args.split(',').map(a => a.trim()), depth))
}

export function readQuery (name: string): Query {
  return { name, text: compose(readFileSync(join(cypherDir, `${name}.cypher`), 'utf8')), routing: 'READ' }
}

export function writeQuery (name: string): Query {
  return { ...readQuery(name), routing: 'WRITE' }
}

/** All statements of one folder, in file-name order (the schema is applied this way). */
export function folderQueries (folder: string): Query[] {
  return readdirSync(join(cypherDir, folder))
    .filter(f => f.endsWith('.cypher'))
    .sort()
    .map(f => writeQuery(`${folder}/${f.slice(0, -'.cypher'.length)}`))
}
