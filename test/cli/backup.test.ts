// Backup and restore on their own Neo4j instance (`backup`, wiped before and after): a graph of every node and
// edge type is exported (users, edges, lists), dumped with `backup`, wiped and loaded back with `restore`, then
// wiped again and imported from its own NDJSON export; after each, every export is byte-identical.
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import neo4j from 'neo4j-driver'
import t from 'tap'
import { connectionOf, instances, startLocalNeo4j, stopLocalNeo4j, wipeLocalNeo4j } from '../../scripts/lib/local-neo4j.js'
import { Database } from '../../src/database.js'
import { migrationStatus } from '../../src/migrations.js'
import { ndjsonStream } from '../../src/ndjson.js'
import { exportEdgeLines, exportUsers } from '../../src/queries/export.js'
import { exportListLines } from '../../src/queries/list-export.js'
import { edgeTypes } from '../../src/schemas/export.js'
import { script } from '../helper.js'
import { census, emptyGraph, writePreviousRelease } from '../previous-release.js'

// Server starts and stops, dumps and loads: minutes on a busy machine.
t.setTimeout(900_000)

const backup = instances.backup!
const run = promisify(execFile)
const { NEO4J_URI: _uri, ...env } = process.env
const cli = async (...args: string[]): Promise<{ stdout: string, stderr: string }> =>
  await run(process.execPath, [...script('cli'), ...args, '--instance', 'backup'], { env, maxBuffer: 64 * 1024 * 1024 })

/** `work` with a connection to the instance as it runs now (a restore restarts it). */
async function withDb<T> (work: (db: Database) => Promise<T>): Promise<T> {
  const c = connectionOf(backup)
  const db = new Database(neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { disableLosslessIntegers: true }), 'neo4j')
  try {
    return await work(db)
  } finally {
    await db.close()
  }
}

/** The three exports, as the CLI writes them (the CLI's own functions, run in this process: a CLI process per
 * export, fifteen in all, was most of this test's time; the first is checked against the CLI itself). */
async function exports (): Promise<Record<'users' | 'edges' | 'lists', string>> {
  return await withDb(async db => {
    const text = async (rows: AsyncIterable<unknown>): Promise<string> => (await (await ndjsonStream(rows)).toArray()).join('')
    return {
      users: await text(exportUsers(db)),
      edges: await text((async function * () { for (const type of edgeTypes) yield * exportEdgeLines(db, type, null) })()),
      lists: await text(exportListLines(db))
    }
  })
}

const dir = mkdtempSync(join(tmpdir(), 'follow-graph-backup-'))
await stopLocalNeo4j(backup)
wipeLocalNeo4j(backup)
await startLocalNeo4j(backup)
t.teardown(async () => {
  rmSync(dir, { recursive: true, force: true })
  await stopLocalNeo4j(backup)
  wipeLocalNeo4j(backup)
})

t.test('backup, wipe, restore, and the NDJSON round trip: every export byte-identical', async t => {
  await withDb(async db => { await writePreviousRelease(db, 800, 3) })
  t.same(JSON.parse((await cli('migrate')).stdout), { applied: [1, 2] }, 'migrated')
  const graph = await withDb(census)
  const before = await exports()
  t.same({ users: (await cli('export', 'users')).stdout, edges: (await cli('export', 'edges')).stdout, lists: (await cli('export', 'lists')).stdout },
    before, 'the CLI exports these bytes')
  t.ok(graph.FOLLOWS! > 2_000 && graph.BLOCKS! > 40 && graph.REQUESTED! > 50 && graph.MUTES! > 50 && graph.HAS_MEMBER! > 100 &&
    graph.BLOCKS_LIST! > 10 && graph.MUTES_LIST! > 10, `a graph of every edge type: ${JSON.stringify(graph)}`)
  t.ok(before.users.split('\n').length > 800 && before.lists.includes('"type":"block"') && before.lists.includes('"type":"mute"'), 'exported')

  const file = join(dir, 'graph.dump')
  const dumped = await cli('backup', file)
  const summary = JSON.parse(dumped.stdout)
  t.match(summary, { file, bytes: Number, nodes: Number, relationships: Number, seconds: Number })
  t.ok(summary.bytes > 0 && summary.relationships > 3_000, `${summary.relationships} edges in ${summary.bytes} bytes, ${summary.seconds} s`)
  t.match(dumped.stderr, /stopping the backup instance: neo4j-admin database dump needs its database offline/, 'says it stops the instance')
  t.match(dumped.stderr, /starting the backup instance again/)
  t.match(dumped.stderr, /^dumped \d+ nodes and \d+ edges, \d+ bytes, in [\d.]+ s \([\d.]+ s per million edges\)$/m)
  t.same(await exports(), before, 'the instance serves the same graph after the backup')

  await withDb(emptyGraph)
  t.same(await exports(), { users: '', edges: '', lists: '' }, 'wiped')
  const restored = await cli('restore', file)
  t.match(JSON.parse(restored.stdout), { file, bytes: summary.bytes, nodes: summary.nodes, relationships: summary.relationships })
  t.match(restored.stderr, /stopping the backup instance: neo4j-admin database load needs its database offline/)
  t.match(restored.stderr, /^loaded \d+ nodes and \d+ edges/m)
  t.same(await exports(), before, 'every export byte-identical after the restore')
  t.same(await withDb(census), graph, 'every label and edge type')
  t.same((await withDb(migrationStatus)).map(s => s.state), ['applied', 'applied'], 'the migrations recorded, as dumped')

  // A server the project does not manage: its NDJSON export, imported into an empty database.
  const ndjson = join(dir, 'graph.ndjson')
  writeFileSync(ndjson, before.users + before.edges + before.lists)
  await withDb(emptyGraph)
  const imported = JSON.parse((await cli('import', ndjson, '--skip-changes')).stdout)
  t.equal(imported.rejectedCount, 0, 'every line imported')
  t.same(await exports(), before, 'every export byte-identical after the NDJSON import')
  t.same(await withDb(census), graph, 'every label and edge type')
})
