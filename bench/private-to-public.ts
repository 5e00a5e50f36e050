// One-off measurement of issue 4's scale points, on a local instance (default `dev`; never the test one):
//   npx tsx bench/private-to-public.ts [--instance dev] [--requests 100000]
// 1. A private user with N pending follow requests turns public (PATCH through the real app): every request
//    becomes a FOLLOWS and a follow.accepted change in that one transaction. Prints the time and checks the
//    counts and the change feed.
// 2. known-followers of that user (now with N followers) for a reader following 1,000 of them and 1,000
//    others: PROFILE of the service's statement (db hits, operators), first page and a deep page.
// Everything it creates carries a fresh id prefix and is deleted at the end.
import { randomBytes } from 'node:crypto'
import neo4j from 'neo4j-driver'
import { createSigner } from 'fast-jwt'
import { buildApp } from '../src/app.js'
import { Database } from '../src/database.js'
import { readQuery, writeQuery } from '../src/queries/cypher.js'
import { instances, startLocalNeo4j } from '../scripts/lib/local-neo4j.js'

const args = process.argv.slice(2)
const arg = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] ?? fallback : fallback
}
const instanceName = arg('instance', 'dev')
const n = Number(arg('requests', '100000'))
if (instanceName === 'test') throw new Error('not on the shared test instance')
const instance = instances[instanceName]
if (instance === undefined) throw new Error(`unknown instance ${instanceName}`)

const q = {
  createUsers: writeQuery('seed/create-users'),
  createFollows: writeQuery('seed/create-follows'),
  createRequests: writeQuery('bench/create-requests'),
  changesOf: readQuery('bench/count-changes-of-actor'),
  deleteUsers: writeQuery('bench/delete-users-by-prefix'),
  deleteChanges: writeQuery('bench/delete-changes-of-actor'),
  knownFollowers: readQuery('network-pages/known-followers')
}

const log = (line: string): void => { process.stdout.write(`${line}\n`) }
const secret = randomBytes(32).toString('hex')
const sign = createSigner({ key: secret, algorithm: 'HS256', expiresIn: 3600_000 })
const as = (sub: string) => ({ authorization: `Bearer ${sign({ sub, scope: 'graph:read graph:write' })}` })

const c = await startLocalNeo4j(instance)
const app = await buildApp({
  config: {
    host: '127.0.0.1',
    port: 0,
    logLevel: 'warn',
    neo4j: { uri: c.uri, username: c.username, password: c.password, database: 'neo4j' },
    jwt: { algorithm: 'HS256', key: secret },
    cursors: { secret },
    streams: { idleMs: 60_000 },
    rateLimit: { max: 0, windowMs: 1000 },
    changes: { retentionMs: 7 * 86_400_000 }
  },
  logger: { level: 'error' }
})
await app.ready()
const db: Database = app.db
const prefix = `pp${randomBytes(3).toString('hex')}_`
const owner = `${prefix}owner`
const reader = `${prefix}reader`
const ids = (p: string, count: number): string[] => Array.from({ length: count }, (_, i) => `${prefix}${p}${i}`)
const requesters = ids('r', n)
const others = ids('o', 1000)

async function inBatches<T> (rows: T[], size: number, work: (slice: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await work(rows.slice(i, i + size))
}

try {
  let t0 = Date.now()
  const put = await app.inject({ method: 'PUT', url: `/v1/users/${owner}`, headers: as(owner), payload: { username: owner, private: true } })
  if (put.statusCode !== 201) throw new Error(`owner: ${put.statusCode} ${put.body}`)
  const userRows = [...requesters, ...others, reader].map(id => ({ id, username: id, name: '', createdAt: Date.now() }))
  await inBatches(userRows, 10_000, async rows => { await db.transaction('WRITE', async tx => { await tx.run(q.createUsers, { rows }) }) })
  await inBatches(requesters, 10_000, async slice => { await db.transaction('WRITE', async tx => { await tx.run(q.createRequests, { owner, ids: slice }) }) })
  // Known and unknown followings interleaved, one second apart, newest first.
  const followed = others.flatMap((other, i) => [requesters[i]!, other])
  const now = Date.now()
  await db.transaction('WRITE', async tx => {
    await tx.run(q.createFollows, { rows: [{ from: reader, to: followed, since: followed.map((_, i) => now - 1000 * i) }] })
  })
  log(`set-up: ${n} users with a pending request to ${owner}, a reader following 1,000 of them and 1,000 others (${Date.now() - t0} ms)`)

  const before = (await app.inject({ url: `/v1/users/${owner}/counts`, headers: as(owner) })).json()
  log(`before: ${JSON.stringify(before)}`)
  t0 = Date.now()
  const patch = await app.inject({ method: 'PATCH', url: `/v1/users/${owner}`, headers: as(owner), payload: { private: false } })
  const patchMs = Date.now() - t0
  if (patch.statusCode !== 200) throw new Error(`PATCH: ${patch.statusCode} ${patch.body}`)
  log(`PATCH private -> public with ${n} pending requests: ${patchMs} ms (one transaction)`)
  const after = (await app.inject({ url: `/v1/users/${owner}/counts`, headers: as(owner) })).json()
  const changes = (await db.run<{ changes: number }>(q.changesOf, { actor: owner, type: 'follow.accepted' }))[0]?.changes
  log(`after: ${JSON.stringify(after)}; follow.accepted changes recorded: ${changes}`)
  if (after.followers !== n || after.pendingRequests !== 0 || changes !== n) throw new Error('MISMATCH after the switch')

  // known-followers: PROFILE of the statement the route runs, first page and past the 1,000 known ones.
  const session = app.db.driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ })
  const pages = [['first page', '9999-12-31T23:59:59.999Z'], ['deep page (half-way down the reader\'s 2,000 follows)', new Date(now - 1000_000).toISOString()]] as const
  for (const [label, since] of pages) {
    const started = Date.now()
    const result = await session.run(`PROFILE ${q.knownFollowers.text}`, { id: reader, target: owner, viewer: null, since, after: '~', limit: neo4j.int(101) })
    const ms = Date.now() - started
    const ops: string[] = []
    let hits = 0
    const walk = (p: any, depth: number): void => {
      hits += p.dbHits ?? 0
      ops.push(`${'  '.repeat(depth)}${p.operatorType} rows=${p.rows} dbHits=${p.dbHits}`)
      for (const child of p.children) walk(child, depth + 1)
    }
    walk(result.summary.profile, 1)
    log(`known-followers(${reader} -> ${owner} with ${n} followers), ${label}: ${result.records.length} rows, ${hits} db hits, ${ms} ms\n${ops.join('\n')}`)
  }
  await session.close()
} finally {
  let deleted = 0
  do {
    deleted = (await db.run<{ deleted: number }>(q.deleteUsers, { prefix, batch: neo4j.int(5000) }))[0]?.deleted ?? 0
  } while (deleted > 0)
  do {
    deleted = (await db.run<{ deleted: number }>(q.deleteChanges, { actor: owner, batch: neo4j.int(10_000) }))[0]?.deleted ?? 0
  } while (deleted > 0)
  log(`cleaned up ${prefix}*`)
  await app.close()
}
