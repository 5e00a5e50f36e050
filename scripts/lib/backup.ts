// Backup and restore of a local instance (`follow-graph backup FILE` / `restore FILE`): `neo4j-admin database
// dump` / `load` of its `neo4j` database. Both are offline in Community (no online backup, no STOP DATABASE):
// the instance is stopped for them and started again after. For a server this project does not manage, the
// NDJSON export and import are the way (README: Backup and restore).
import { renameSync, rmSync, statSync } from 'node:fs'
import neo4j from 'neo4j-driver'
import { readQuery } from '../../src/queries/cypher.js'
import { progress, type Progress } from './cli-progress.js'
import {
  connectionOf, dumpLocalNeo4j, loadLocalNeo4j, localNeo4jRunning, startLocalNeo4j, stopLocalNeo4j, type LocalInstance
} from './local-neo4j.js'

const countNodes = readQuery('ops/count-nodes')
const countRelationships = readQuery('ops/count-relationships')

/** nodes and relationships: null for a backup of a stopped instance (not started to count them). */
export interface BackupSummary { file: string, bytes: number, nodes: number | null, relationships: number | null, seconds: number }

/** Nodes and edges of the running instance's graph (count store). */
async function graphSize (instance: LocalInstance): Promise<{ nodes: number, relationships: number }> {
  const { uri, username, password } = connectionOf(instance)
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), { disableLosslessIntegers: true })
  try {
    const count = async (q: typeof countNodes, key: string): Promise<number> =>
      (await driver.executeQuery(q.text, {}, { database: 'neo4j' })).records[0]!.get(key) as number
    return { nodes: await count(countNodes, 'nodes'), relationships: await count(countRelationships, 'relationships') }
  } finally {
    await driver.close()
  }
}

/** The admin tool's lines, its `Files: 3/61, data: 12.0%` ones shown as a progress bar, the others as they are. */
function adminLines (label: string, log: (line: string) => void): { line: (line: string) => void, end: () => void } {
  let bar: Progress | undefined
  return {
    line: line => {
      const percent = /^Files: \d+\/\d+, data:\s*([\d.]+)%/.exec(line)?.[1]
      if (percent !== undefined) (bar ??= progress(label, 100, '%')).update(Math.floor(Number(percent)))
      else if (line.trim() !== '') {
        if (line.startsWith('Done:')) {
          bar?.stop()
          bar = undefined
        }
        log(line)
      }
    },
    end: () => { bar?.stop() }
  }
}

/** Runs `work` on the stopped instance; a running one is stopped first (and said so) and started after. */
async function offline<T> (instance: LocalInstance, what: string, log: (line: string) => void, work: () => Promise<T>, startAfter: boolean): Promise<T> {
  const running = localNeo4jRunning(instance)
  if (running) {
    log(`stopping the ${instance.name} instance: neo4j-admin ${what} needs its database offline (Community has no online backup)`)
    await stopLocalNeo4j(instance)
  }
  try {
    return await work()
  } finally {
    if (running || startAfter) {
      log(`starting the ${instance.name} instance again`)
      await startLocalNeo4j(instance)
    }
  }
}

/** Dumps the instance's database into `file` (written whole or not at all); a running instance runs again after. */
export async function backupLocal (instance: LocalInstance, file: string, log: (line: string) => void): Promise<BackupSummary> {
  const size = localNeo4jRunning(instance) ? await graphSize(instance) : undefined
  const partial = `${file}.partial`
  const seconds = await offline(instance, 'database dump', log, async () => {
    const started = Date.now()
    const shown = adminLines('dump', log)
    try {
      await dumpLocalNeo4j(instance, partial, shown.line)
      renameSync(partial, file)
    } finally {
      shown.end()
      rmSync(partial, { force: true })
    }
    return (Date.now() - started) / 1000
  }, false)
  return { file, bytes: statSync(file).size, nodes: size?.nodes ?? null, relationships: size?.relationships ?? null, seconds }
}

/** Replaces the instance's database with the dump in `file`; the instance runs on it after. */
export async function restoreLocal (instance: LocalInstance, file: string, log: (line: string) => void): Promise<BackupSummary> {
  const bytes = statSync(file).size
  const seconds = await offline(instance, 'database load', log, async () => {
    const started = Date.now()
    const shown = adminLines('load', log)
    try {
      await loadLocalNeo4j(instance, file, shown.line)
    } finally {
      shown.end()
    }
    return (Date.now() - started) / 1000
  }, true)
  return { file, bytes, ...await graphSize(instance), seconds }
}
