// The versioned migrations (src/migrations.ts) on their own Neo4j instance (`upgrade`, wiped before and after):
// a store as the release before them wrote it (users, follows, blocks, mutes, requests, lists, members and
// subscriptions, without the hidden-edge counters) is migrated by the service's start with nothing lost and the
// counters right; a `migrate` killed half-way through its data step is finished by the next run, recorded once.
import { execFile, spawn } from 'node:child_process'
import { promisify } from 'node:util'
import type { FastifyInstance } from 'fastify'
import neo4j from 'neo4j-driver'
import t from 'tap'
import { instances, startLocalNeo4j, stopLocalNeo4j, wipeLocalNeo4j } from '../../scripts/lib/local-neo4j.js'
import { Database } from '../../src/database.js'
import { migrationStatus } from '../../src/migrations.js'
import { call, listIds } from '../graph-helper.js'
import { build, script, service, testConfig, until } from '../helper.js'
import { census, q, writePreviousRelease, wrongCounters, type CounterRow } from '../previous-release.js'

// A server start, two stores of thousands of users, two migrations: minutes on a busy machine.
t.setTimeout(900_000)

const upgrade = instances.upgrade!
const run = promisify(execFile)
const { NEO4J_URI: _uri, ...env } = process.env
const cliArgs = script('cli')
const cli = async (...args: string[]): Promise<{ stdout: string, stderr: string }> =>
  await run(process.execPath, [...cliArgs, ...args, '--instance', 'upgrade'], { env, maxBuffer: 16 * 1024 * 1024 })

const connection = await (async () => {
  await stopLocalNeo4j(upgrade)
  wipeLocalNeo4j(upgrade)
  return await startLocalNeo4j(upgrade)
})()
const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), { disableLosslessIntegers: true })
const db = new Database(driver, 'neo4j')
t.teardown(async () => {
  await db.close()
  await stopLocalNeo4j(upgrade)
  wipeLocalNeo4j(upgrade)
})

t.test('the previous release\'s store, migrated by the service at start: nothing lost, counters right', async t => {
  let started = Date.now()
  await writePreviousRelease(db, 600, 1)
  t.comment(`store written in ${Date.now() - started} ms`)
  const before = await census(db)
  t.ok(before.FOLLOWS! > 1_500 && before.BLOCKS! > 30 && before.REQUESTED! > 50 && before.MUTES! > 50 && before.HAS_MEMBER! > 100 &&
    before.BLOCKS_LIST! > 10 && before.MUTES_LIST! > 10, `a store of every edge type: ${JSON.stringify(before)}`)
  t.ok((await wrongCounters(db)).length === 600, 'no user has counters yet')
  t.same((await migrationStatus(db)).map(s => s.state), ['pending', 'pending'], 'every step pending')

  started = Date.now()
  const app: FastifyInstance = await build(t, { neo4j: { ...testConfig().neo4j, uri: connection.uri, password: connection.password }, migrationWaitMs: 0 })
  const first = await app.inject('/readyz')
  t.equal(first.statusCode, 503, 'not ready while the data step runs')
  t.match(first.json().message, /^migration 2 .* running$|^migrations not applied yet$/)
  t.ok(await until(async () => (await app.inject('/readyz')).statusCode === 200, 120_000), 'ready once the data step is done')
  t.comment(`start to ready in ${Date.now() - started} ms`)

  t.same(await census(db), before, 'every label and edge type: the same count after')
  t.same(await wrongCounters(db), [], 'every user\'s counters equal a recount of its edges')
  const status = await migrationStatus(db)
  t.same(status.map(s => [s.version, s.state]), [[1, 'applied'], [2, 'applied']], 'both steps applied')
  t.ok(status.every(s => s.appliedAt !== null && s.appliedAt > Date.now() - 600_000), 'with their dates')
  // The counts the service answers from the counters equal the lists it pages (public users in a block relation).
  const blocked = (await db.run<CounterRow>(q.counters, { ids: (await db.run<{ id: string }>(q.ids)).map(r => r.id) }))
    .filter(r => r.trueFollowers + r.trueFollowing > 0 && Number(r.id.slice(4)) % 9 !== 0 && Number(r.id.slice(4)) % 13 !== 0).slice(0, 10)
  t.ok(blocked.length > 3, `${blocked.length} users with hidden edges to check`)
  for (const { id } of blocked) {
    const counts = (await call(app, 'GET', `/v1/users/${id}/counts`, service())).body
    t.same([counts.followers, counts.following], [(await listIds(app, id, 'followers')).length, (await listIds(app, id, 'following')).length], `counts of ${id} = list lengths`)
  }
  await app.close()

  const again = await cli('migrate')
  t.same(JSON.parse(again.stdout), { applied: [] }, 'a second run has nothing to do')
  t.match(again.stderr, /no migration pending/)
})

t.test('a migrate killed half-way through its data step is finished by the next run, and recorded once', async t => {
  let started = Date.now()
  await writePreviousRelease(db, 6_000, 2)
  t.comment(`store written in ${Date.now() - started} ms`)
  started = Date.now()
  const before = await census(db)
  // Batches of 50: 120 of them, so the kill lands between the first and the last.
  const child = spawn(process.execPath, [...cliArgs, 'migrate', '--batch', '50', '--instance', 'upgrade'], { env, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const exited = new Promise<NodeJS.Signals | null>(resolve => child.once('exit', (_code, signal) => { resolve(signal) }))
  t.ok(await until(async () => (await db.run<{ cursor: string | null }>(q.migration, { version: 2 }))[0]?.cursor != null, 180_000, 20), 'the data step under way')
  child.kill('SIGKILL')
  t.equal(await exited, 'SIGKILL', 'killed')
  t.comment(`killed ${Date.now() - started} ms after the start`)

  const [stopped] = await db.run<{ appliedAt: number | null, cursor: string, done: number }>(q.migration, { version: 2 })
  t.equal(stopped!.appliedAt, null, 'the step is not applied')
  t.ok(stopped!.done > 0 && stopped!.done < 6_000, `stopped at ${stopped!.done} of 6000 users`)
  t.ok((await wrongCounters(db)).length > 0, 'users still without counters')
  const status = await cli('migrate', '--status')
  t.match(status.stdout, /^ {3}1 {2}schema +applied +\S+Z +constraints and indexes/m, 'status: the schema step applied, with its date')
  t.match(status.stdout, /^ {3}2 {2}data +interrupted +started \S+Z, stopped at \d+ +hidden-edge counters/m, 'status: the data step interrupted')

  started = Date.now()
  const rerun = await cli('migrate', '--batch', '1000')
  t.comment(`the rerun took ${Date.now() - started} ms`)
  t.same(JSON.parse(rerun.stdout), { applied: [2] }, 'the next run applies the data step only')
  t.match(rerun.stderr, new RegExp(`migration 2: resuming at ${stopped!.done}/6000 users`), 'from where it stopped')
  t.match(rerun.stderr, /migration 2 applied in [\d.]+ s/)
  const nodes = await db.run<{ appliedAt: number | null, cursor: string | null }>(q.migration, { version: 2 })
  t.equal(nodes.length, 1, 'recorded once')
  t.ok(nodes[0]!.appliedAt !== null && nodes[0]!.cursor === null, 'applied, no resume point left')
  t.same(await wrongCounters(db), [], 'every user\'s counters equal a recount of its edges')
  t.same(await census(db), before, 'nothing lost')
  t.match((await cli('migrate', '--status')).stdout, /^ {3}2 {2}data +applied +\S+Z +hidden-edge counters/m)
  t.notMatch(stderr, /migration 2 applied/, 'the killed run never finished the step')
})
