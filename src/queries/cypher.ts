// Every Cypher statement lives in cypher/<area>/<what-it-does>.cypher. This loads one, once, at module load.
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

export function readQuery (name: string): Query {
  return { name, text: readFileSync(join(cypherDir, `${name}.cypher`), 'utf8'), routing: 'READ' }
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
