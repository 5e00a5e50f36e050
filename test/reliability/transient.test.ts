// Concurrent conflicting writes: deadlocks and other transient Neo4j errors are retried by the managed
// transactions and never reach the caller as a 5xx. The app's `db.transaction` is wrapped to count the
// units of work that ran more than once (a retry), so the test shows the conflicts really happened.
import type { FastifyInstance } from 'fastify'
import neo4j, { type Driver } from 'neo4j-driver'
import { Writable } from 'node:stream'
import t, { type Test } from 'tap'
import { buildApp } from '../../src/app.js'
import { connectionOf, instances } from '../../scripts/lib/local-neo4j.js'
import type { Database } from '../../src/database.js'
import { readQuery, writeQuery } from '../../src/queries/cypher.js'
import { as, build, createUsers, testConfig, uid } from '../helper.js'

function countRetries (app: FastifyInstance): { retried: number } {
  const stats = { retried: 0 }
  const db: Database = app.db
  const original = db.transaction.bind(db)
  db.transaction = async (mode, work) => {
    let attempts = 0
    try {
      return await original(mode, async tx => { attempts++; return await work(tx) })
    } finally {
      if (attempts > 1) stats.retried++
    }
  }
  return stats
}

/** Runs the tasks with at most `width` at once. */
async function parallel<T> (tasks: Array<() => Promise<T>>, width: number): Promise<T[]> {
  const results: T[] = []
  let next = 0
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < tasks.length) {
      const i = next++
      results[i] = await tasks[i]!()
    }
  }))
  return results
}

const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!

function tally (answers: Array<{ statusCode: number, body: string }>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const a of answers) {
    const key = a.statusCode >= 400 ? `${a.statusCode} ${(JSON.parse(a.body) as { code: string }).code}` : String(a.statusCode)
    out[key] = (out[key] ?? 0) + 1
  }
  return out
}

/** 5xx answers other than 503 DATABASE_BUSY (a transient error still failing after the retry budget: retryable). */
const serverErrors = (counts: Record<string, number>): string[] => Object.keys(counts).filter(k => k.startsWith('5') && k !== '503 DATABASE_BUSY')

t.test('parallel PUTs of one new user: one 201, the rest 200, no 409 or 5xx', async t => {
  const app = await build(t)
  const id = uid()
  const answers = await Promise.all(Array.from({ length: 16 }, async (_, i) =>
    await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: id, name: `n${i}` } })))
  t.same(tally(answers), { 200: 15, 201: 1 })
})

t.test('username swaps between users in parallel: 200 or 409 USERNAME_TAKEN, usernames stay unique', async t => {
  const app = await build(t)
  const ids = await createUsers(app, Array.from({ length: 6 }, () => uid()))
  const names = Array.from({ length: 4 }, () => uid('n'))
  const answers = await parallel(Array.from({ length: 120 }, () => async () => {
    const id = pick(ids)
    const username = pick(names)
    return Math.random() < 0.5
      ? await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: Math.random() < 0.5 ? username : username.toUpperCase() } })
      : await app.inject({ method: 'PATCH', url: `/v1/users/${id}`, headers: as(id), payload: { username, private: Math.random() < 0.5 } })
  }), 12)
  const counts = tally(answers)
  t.comment(JSON.stringify(counts))
  t.same(serverErrors(counts), [], 'no 5xx')
  t.same(Object.keys(counts).filter(k => !['200', '409 USERNAME_TAKEN'].includes(k)), [])
  const final = await Promise.all(ids.map(async id => (await app.inject({ url: `/v1/users/${id}`, headers: as(id) })).json().username.toLowerCase() as string))
  t.equal(new Set(final).size, final.length, 'no two users share a username (any case)')
})

/**
 * One storm on a new clique of 10 users: 600 random follows, unfollows, blocks, privacy changes and accepts, 16 at
 * once, with 3 of the users deleted among them (a delete locks all of a user's neighbours, so it collides with
 * pair locks). No 5xx but a rare 503 DATABASE_BUSY, only the contract's answers, and the edge invariants hold.
 */
async function storm (t: Test, app: FastifyInstance, driver: Driver, logged: string[]): Promise<void> {
  const ids = await createUsers(app, Array.from({ length: 10 }, () => uid()))
  const ops: Array<(a: string, b: string) => Promise<{ statusCode: number, body: string }>> = [
    async (a, b) => await app.inject({ method: 'PUT', url: `/v1/users/${a}/following/${b}`, headers: as(a) }),
    async (a, b) => await app.inject({ method: 'PUT', url: `/v1/users/${a}/following/${b}`, headers: as(a) }),
    async (a, b) => await app.inject({ method: 'PUT', url: `/v1/users/${a}/following/${b}`, headers: as(a) }),
    async (a, b) => await app.inject({ method: 'DELETE', url: `/v1/users/${a}/following/${b}`, headers: as(a) }),
    async (a, b) => await app.inject({ method: 'DELETE', url: `/v1/users/${a}/followers/${b}`, headers: as(a) }),
    async (a, b) => await app.inject({ method: 'PUT', url: `/v1/users/${a}/blocks/${b}`, headers: as(a) }),
    async (a, b) => await app.inject({ method: 'DELETE', url: `/v1/users/${a}/blocks/${b}`, headers: as(a) }),
    async (a, b) => await app.inject({ method: 'POST', url: `/v1/users/${a}/follow-requests/${b}/accept`, headers: as(a) }),
    async a => await app.inject({ method: 'PATCH', url: `/v1/users/${a}`, headers: as(a), payload: { private: Math.random() < 0.5 } })
  ]
  const tasks = Array.from({ length: 600 }, () => {
    const a = pick(ids)
    let b = pick(ids)
    while (b === a) b = pick(ids)
    const op = pick(ops)
    return async () => await op(a, b)
  })
  // Deleting a user with edges locks all its neighbours: mixed into the storm, it collides with pair locks.
  const doomed = ids.slice(0, 3)
  for (const [i, d] of doomed.entries()) {
    tasks.splice(200 + i * 150, 0, async () => await app.inject({ method: 'DELETE', url: `/v1/users/${d}`, headers: as(d) }))
  }
  const started = Date.now()
  const answers = await parallel(tasks, 16)
  const counts = tally(answers)
  t.comment(`${answers.length} writes in ${Date.now() - started} ms; ${JSON.stringify(counts)}`)
  t.same(serverErrors(counts), [], 'no 500')
  t.ok((counts['503 DATABASE_BUSY'] ?? 0) <= answers.length / 100, `at most 1% 503 DATABASE_BUSY after the retry budget (${counts['503 DATABASE_BUSY'] ?? 0})`)
  for (const line of logged.slice(0, 3)) {
    const { err } = JSON.parse(line) as { err?: { code?: string, message?: string } }
    t.comment(`logged: ${String(err?.code)} ${String(err?.message).slice(0, 300)}`)
  }
  const allowed = ['200', '201', '202', '204', '503 DATABASE_BUSY', '403 BLOCKED_BY_TARGET', '409 UNBLOCK_FIRST', '404 USER_NOT_FOUND', '404 REQUEST_NOT_FOUND']
  t.same(Object.keys(counts).filter(k => !allowed.includes(k)), [], 'only answers the contract names')

  const { records } = await driver.executeQuery(readQuery('testing/edges-among').text, { ids })
  const broken: string[] = []
  for (const r of records) {
    const edges = r.get('edges') as Array<{ type: string, n: number }>
    const has = (type: string): boolean => edges.some(e => e.type === type)
    if (edges.some(e => e.n > 1)) broken.push(`${String(r.get('a'))}->${String(r.get('b'))} duplicate edge`)
    if (has('BLOCKS') && (has('FOLLOWS') || has('REQUESTED'))) broken.push(`${String(r.get('a'))} blocks and follows/requests ${String(r.get('b'))}`)
    if (has('FOLLOWS') && has('REQUESTED')) broken.push(`${String(r.get('a'))} both follows and requests ${String(r.get('b'))}`)
  }
  t.same(broken, [], `edge invariants hold on ${records.length} pairs`)
  const gone = await driver.executeQuery(readQuery('testing/users-by-id-or-username').text, { values: doomed, lower: [] })
  t.equal(gone.records.length, 0, 'deleted users are gone, with their edges')
}

t.test('storms of follows, unfollows, blocks, privacy changes and deletes on small cliques: no 5xx, invariants hold', async t => {
  // Errors the service logs (a 5xx) are kept, so a failure says which Neo4j error got through.
  const logged: string[] = []
  const stream = new Writable({ write (chunk: Buffer, _enc, done) { logged.push(chunk.toString()); done() } })
  const app = await buildApp({ config: testConfig(), logger: { level: 'error', stream } })
  t.teardown(async () => { await app.close() })
  await app.ready()
  const stats = countRetries(app)
  const c = connectionOf(instances.test!)
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { disableLosslessIntegers: true })
  t.teardown(async () => { await driver.close() })
  // Conflicts are a matter of timing: storms run until one was retried inside the service, ten at most.
  let rounds = 0
  while (stats.retried === 0 && rounds < 10) {
    rounds++
    await t.test(`storm ${rounds}`, async t => { await storm(t, app, driver, logged) })
  }
  t.ok(stats.retried > 0, `conflicts really happened and were retried inside the service (${stats.retried} retried, ${rounds} storm(s) of at most 10)`)
})

t.test('a transient error still failing after the retry budget is 503 DATABASE_BUSY with Retry-After, never 500', async t => {
  const app = await buildApp({ config: testConfig(), logger: false })
  t.teardown(async () => { await app.close() })
  app.get('/deadlocked', async () => {
    throw Object.assign(new Error('ForsetiClient can\'t acquire ExclusiveLock'), { code: 'Neo.TransientError.Transaction.DeadlockDetected' })
  })
  const res = await app.inject('/deadlocked')
  t.equal(res.statusCode, 503)
  t.equal(res.headers['retry-after'], '1')
  t.same(res.json(), { statusCode: 503, code: 'DATABASE_BUSY', error: 'Service Unavailable', message: 'the graph database is busy with conflicting writes; retry shortly' })
})

t.test('a uniqueness constraint a concurrent write still breaks after the batch ran again is 503 DATABASE_BUSY, never 500', async t => {
  const app = await buildApp({ config: testConfig(), logger: false })
  t.teardown(async () => { await app.close() })
  // The error Neo4j itself raises: the same user created twice (the seed's CREATE, no MERGE).
  const id = uid('dup')
  const createTwice = writeQuery('seed/create-users')
  app.get('/duplicate', async () => {
    await app.db.run(createTwice, { rows: [{ id, username: id, name: id, createdAt: Date.now() }, { id, username: id, name: id, createdAt: Date.now() }] })
    return {}
  })
  const res = await app.inject('/duplicate')
  t.equal(res.statusCode, 503)
  t.equal(res.headers['retry-after'], '1')
  t.equal(res.json().code, 'DATABASE_BUSY')
})
