// The write path's batches against one-op writes: the same ops applied as one batch (one transaction) to one
// copy of a graph, and one at a time (a transaction each) to an identical copy, must give every op the same
// outcome and leave the same edges, counters and change records, refused ops included: one op's refusal never
// changes another's answer.
import neo4j from 'neo4j-driver'
import t from 'tap'
import { connectionOf, instances } from '../scripts/lib/local-neo4j.js'
import { Database } from '../src/database.js'
import { readQuery } from '../src/queries/cypher.js'
import type { WriteOp } from '../src/queries/write-kinds.js'
import { applyWrites } from '../src/queries/writes.js'
import { admin, build, createUsers, uid } from './helper.js'

const c = connectionOf(instances.test!)
const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { disableLosslessIntegers: true })
const db = new Database(driver, 'neo4j')
t.teardown(async () => { await db.close() })

/** Two identical graphs (prefixes a_ and b_ of one uid): users 0..7, 6 and 7 private, a few follows (4's to 3 hidden by 3's block), a request, a mute. */
async function twins (t: Parameters<typeof build>[0]): Promise<[string, string]> {
  const app = await build(t)
  const p = uid('wp')
  const prefixes: [string, string] = [`${p}a`, `${p}b`]
  for (const prefix of prefixes) {
    const ids = Array.from({ length: 8 }, (_, i) => `${prefix}_${i}`)
    await createUsers(app, ids.slice(0, 6))
    await createUsers(app, ids.slice(6), { private: true })
    const lines = [
      { follow: { from: ids[0], to: ids[1] } },
      { follow: { from: ids[2], to: ids[1] } },
      { follow: { from: ids[4], to: ids[3] } },
      { block: { from: ids[3], to: ids[4] } },
      { request: { from: ids[5], to: ids[6] } },
      { mute: { from: ids[0], to: ids[5] } }
    ]
    const res = await app.inject({ method: 'POST', url: '/v1/import', headers: { ...admin(), 'content-type': 'application/x-ndjson' }, payload: lines.map(l => JSON.stringify(l)).join('\n') })
    if (res.json<{ rejectedCount: number }>().rejectedCount !== 0) throw new Error(`setup: ${res.body}`)
  }
  return prefixes
}

/** The ops of the test, for one copy: refusals of every kind among ordinary writes. */
function opsFor (prefix: string): WriteOp[] {
  const u = (i: number): string => `${prefix}_${i}`
  return [
    { kind: 'follow', id: u(0), target: u(2) }, // new: FOLLOW
    { kind: 'follow', id: u(4), target: u(3) }, // 3 blocks 4: BLOCKED_BY_TARGET (a hidden follow exists)
    { kind: 'follow', id: u(3), target: u(5) }, // new
    { kind: 'follow', id: u(0), target: u(1) }, // already: FOLLOWING
    { kind: 'follow', id: u(1), target: u(6) }, // private: REQUEST
    { kind: 'follow', id: u(0), target: 'nobody-here' }, // USER_NOT_FOUND_TARGET
    { kind: 'block', id: u(1), target: u(2) }, // 2 follows 1: that follow hidden from now on
    { kind: 'unfollow', id: u(5), target: u(7) }, // nothing to delete: NONE
    { kind: 'accept', id: u(6), target: u(5) }, // ACCEPTED
    { kind: 'reject', id: u(7), target: u(0) }, // REQUEST_NOT_FOUND
    { kind: 'unblock', id: u(3), target: u(4) }, // 4's hidden follow shows again
    { kind: 'mute', id: u(0), target: u(5), until: null }, // already, same until: UPDATED, no change recorded
    { kind: 'unmute', id: u(2), target: u(0) }, // NONE
    { kind: 'removeFollower', id: u(1), target: u(0) } // DELETED
  ]
}

async function snapshot (prefix: string): Promise<{ edges: string[], counters: string[] }> {
  const ids = Array.from({ length: 8 }, (_, i) => `${prefix}_${i}`)
  const strip = (s: string): string => s.split(prefix).join('')
  const edges = (await driver.executeQuery(readQuery('testing/edges-among').text, { ids })).records
    .flatMap(r => (r.get('edges') as Array<{ type: string, n: number }>).map(e => strip(`${r.get('a') as string} ${e.type} ${r.get('b') as string} x${e.n}`))).sort()
  const counters = (await driver.executeQuery(readQuery('testing/hidden-counters').text, { ids })).records
    .map(r => strip(`${r.get('id') as string} ${String(r.get('storedFollowers'))}/${String(r.get('trueFollowers'))} ${String(r.get('storedFollowing'))}/${String(r.get('trueFollowing'))}`)).sort()
  return { edges, counters }
}

t.test('a batch answers each op, refusals included, exactly as one-op writes do, and leaves the same graph', async t => {
  const [batched, alone] = await twins(t)
  const batch = await db.transaction('WRITE', async tx => await applyWrites(tx, opsFor(batched)))
  const oneByOne = []
  for (const op of opsFor(alone)) oneByOne.push((await db.transaction('WRITE', async tx => await applyWrites(tx, [op])))[0]!)
  const strip = (o: { outcome: string, mute?: { since: string } }): string => o.outcome + (o.mute !== undefined ? ' mute' : '')
  t.same(batch.map(strip), oneByOne.map(strip), 'the same outcome for every op')
  t.same(batch.map(o => o.outcome), [
    'FOLLOW', 'BLOCKED_BY_TARGET', 'FOLLOW', 'FOLLOWING', 'REQUEST', 'USER_NOT_FOUND_TARGET', 'BLOCKED', 'NONE',
    'ACCEPTED', 'REQUEST_NOT_FOUND', 'DELETED', 'UPDATED', 'NONE', 'DELETED'
  ], 'and those are the rules of API.md')
  const [a, b] = [await snapshot(batched), await snapshot(alone)]
  t.same(a.edges, b.edges, 'the same edges')
  t.same(a.counters, b.counters, 'the same hidden-edge counters')
  t.ok(a.counters.every(line => line.split(' ').slice(1).every(pair => pair.split('/')[0] === pair.split('/')[1])), 'equal to a recount')
})

t.test('ops on one pair in one batch apply in their order (waves), as one after another', async t => {
  const [batched, alone] = await twins(t)
  const pairOps = (p: string): WriteOp[] => [
    { kind: 'follow', id: `${p}_2`, target: `${p}_3` },
    { kind: 'block', id: `${p}_3`, target: `${p}_2` },
    { kind: 'follow', id: `${p}_2`, target: `${p}_3` },
    { kind: 'unblock', id: `${p}_3`, target: `${p}_2` },
    { kind: 'follow', id: `${p}_2`, target: `${p}_3` }
  ]
  const batch = await db.transaction('WRITE', async tx => await applyWrites(tx, pairOps(batched)))
  const oneByOne = []
  for (const op of pairOps(alone)) oneByOne.push((await db.transaction('WRITE', async tx => await applyWrites(tx, [op])))[0]!.outcome)
  t.same(batch.map(o => o.outcome), oneByOne)
  t.same(oneByOne, ['FOLLOW', 'BLOCKED', 'BLOCKED_BY_TARGET', 'DELETED', 'FOLLOWING'])
  t.same((await snapshot(batched)).edges, (await snapshot(alone)).edges)
})
