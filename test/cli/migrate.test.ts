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
import { readQuery, writeQuery } from '../../src/queries/cypher.js'
import { applySchema } from '../../src/queries/schema.js'
import { call, listIds } from '../graph-helper.js'
import { build, service, testConfig } from '../helper.js'

// A server start, two stores of thousands of users, two migrations: minutes on a busy machine.
t.setTimeout(900_000)

const upgrade = instances.upgrade!
const run = promisify(execFile)
const { NEO4J_URI: _uri, ...env } = process.env
const cliArgs = ['--import', 'tsx', 'scripts/cli.ts']
const cli = async (...args: string[]): Promise<{ stdout: string, stderr: string }> =>
  await run(process.execPath, [...cliArgs, ...args, '--instance', 'upgrade'], { env, maxBuffer: 16 * 1024 * 1024 })

const q = {
  users: writeQuery('testing/previous-release-users'),
  edges: writeQuery('testing/previous-release-edges'),
  lists: writeQuery('testing/previous-release-lists'),
  census: readQuery('testing/graph-census'),
  ids: readQuery('testing/all-user-ids'),
  counters: readQuery('testing/hidden-counters'),
  migration: readQuery('testing/migration-node'),
  deleteBatch: writeQuery('testing/delete-graph-batch')
}

/** A deterministic pseudo-random sequence (a linear congruential generator). */
function random (seed: number): (n: number) => number {
  let s = seed >>> 0
  return n => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s % n
  }
}

interface Edge { type: 'FOLLOWS' | 'BLOCKS' | 'REQUESTED' | 'MUTES', from: string, to: string, since: number, until?: number }

/**
 * The previous release's store of `n` users: each follows four others (a request to a private one, half the
 * time), one in ten blocks a user who follows it (a hidden follow), mutes; every 40th user owns a curation and a
 * moderation list of eight members, every 25th subscribes to a moderation list as a block, every 30th as a mute.
 */
function previousReleaseStore (n: number, seed: number) {
  const r = random(seed)
  const id = (i: number): string => `old-${String(i).padStart(6, '0')}`
  const t0 = Date.UTC(2025, 0, 1)
  const users = Array.from({ length: n }, (_, i) => ({
    id: id(i), username: `old_${i}`, name: `Old ${i}`, private: i % 9 === 0, hideNetwork: i % 13 === 0, createdAt: t0 + i * 1000
  }))
  const edges = new Map<string, Edge>()
  const add = (type: Edge['type'], a: number, b: number, extra: Partial<Edge> = {}): void => {
    if (a !== b) edges.set(`${type}:${a}:${b}`, { type, from: id(a), to: id(b), since: t0 + edges.size * 1000, ...extra })
  }
  for (let a = 0; a < n; a++) {
    for (let k = 0; k < 4; k++) {
      const b = r(n)
      add(b % 9 === 0 && r(2) === 0 ? 'REQUESTED' : 'FOLLOWS', a, b)
    }
  }
  for (let a = 0; a < n; a += 10) {
    const b = r(n)
    if (a === b) continue
    // The block rule: the blocker's own follow and the requests both ways go; the blocked user's follow stays.
    for (const key of [`FOLLOWS:${a}:${b}`, `REQUESTED:${a}:${b}`, `REQUESTED:${b}:${a}`]) edges.delete(key)
    add('FOLLOWS', b, a)
    add('BLOCKS', a, b)
  }
  for (let a = 3; a < n; a += 7) add('MUTES', a, r(n), { until: a % 2 === 0 ? Date.UTC(2999, 0, 1) : t0 })
  const owners = users.filter((_, i) => i % 40 === 0)
  const lists = owners.flatMap(o => [
    { owner: o.id, id: 'friends', name: 'Friends', purpose: 'curation', createdAt: t0 },
    { owner: o.id, id: 'spam', name: 'Spam', purpose: 'moderation', createdAt: t0 }
  ])
  const members = lists.flatMap(l => [...new Set(Array.from({ length: 8 }, () => id(r(n))))].map(member => ({ owner: l.owner, list: l.id, member, since: t0 })))
  const subscriptions = users.flatMap((u, i) => [
    ...(i % 25 === 0 ? [{ from: u.id, owner: owners[r(owners.length)]!.id, list: 'spam', type: 'block', since: t0 }] : []),
    ...(i % 30 === 0 ? [{ from: u.id, owner: owners[r(owners.length)]!.id, list: 'spam', type: 'mute', since: t0 }] : [])
  ])
  return { users, edges: [...edges.values()].map(e => ({ until: null, ...e })), lists, members, subscriptions }
}

/** Empties the instance's graph (the :Migration nodes too) and writes the previous release's store on its schema. */
async function writePreviousRelease (db: Database, n: number, seed: number): Promise<void> {
  while (((await db.run<{ deleted: number }>(q.deleteBatch, { batch: 5_000 }))[0]?.deleted ?? 0) > 0);
  await applySchema(db)
  const store = previousReleaseStore(n, seed)
  for (let i = 0; i < store.users.length; i += 5_000) await db.run(q.users, { rows: store.users.slice(i, i + 5_000) })
  for (let i = 0; i < store.edges.length; i += 5_000) await db.run(q.edges, { rows: store.edges.slice(i, i + 5_000) })
  await db.run(q.lists, { lists: store.lists, members: store.members, subscriptions: store.subscriptions })
}

interface CounterRow { id: string, storedFollowers: number | null, storedFollowing: number | null, storedRequests: number | null, trueFollowers: number, trueFollowing: number, trueRequests: number }

/** Every user whose stored counters differ from a recount of its edges (none missing once migrated). */
async function wrongCounters (db: Database): Promise<CounterRow[]> {
  const ids = (await db.run<{ id: string }>(q.ids)).map(r => r.id)
  const rows = await db.run<CounterRow>(q.counters, { ids })
  return rows.filter(r => r.storedFollowers !== r.trueFollowers || r.storedFollowing !== r.trueFollowing || r.storedRequests !== r.trueRequests)
}

async function census (db: Database): Promise<Record<string, number>> {
  return Object.fromEntries((await db.run<{ what: string, count: number }>(q.census)).map(r => [r.what, r.count]))
}

/** Polls `probe` (every 20 ms) until it answers true; fails after `ms`. */
async function until (what: string, ms: number, probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms / 1000} s`)
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

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
  await until('readyz 200', 120_000, async () => (await app.inject('/readyz')).statusCode === 200)
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
  await until('the data step under way', 180_000, async () => (await db.run<{ cursor: string | null }>(q.migration, { version: 2 }))[0]?.cursor != null)
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
