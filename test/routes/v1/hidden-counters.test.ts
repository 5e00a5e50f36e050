// The hidden-edge counters on users (cypher/counts/user-counts.cypher): every write that makes or ends an edge
// hidden by a block keeps them equal to what the edges say, counts read them, and users without them (from
// before the counters) are counted from their edges and can be given them by the backfill.
import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { readQuery, writeQuery } from '../../../src/queries/cypher.js'
import { backfillHiddenCounters } from '../../../src/queries/users.js'
import { block, call, follow, freshUsers, listIds, removeFollower, unblock, unfollow } from '../../graph-helper.js'
import { admin, build, createUsers, service, uid } from '../../helper.js'

const check = readQuery('testing/hidden-counters')
const drop = writeQuery('testing/drop-hidden-counters')

interface Row { id: string, storedFollowers: number | null, storedFollowing: number | null, trueFollowers: number, trueFollowing: number }

async function countersOf (app: FastifyInstance, ids: string[]): Promise<Row[]> {
  return await app.db.run<Row>(check, { ids })
}

interface T { same: (found: unknown, wanted: unknown, message: string) => unknown }

/** Stored counters equal the edges' truth for every user, and counts equal the lists' lengths. */
async function agree (t: T, app: FastifyInstance, ids: string[], step: string): Promise<void> {
  const rows = await countersOf(app, ids)
  t.same(rows.filter(r => r.storedFollowers !== r.trueFollowers || r.storedFollowing !== r.trueFollowing), [], `${step}: stored counters = edges`)
  await countsMatchLists(t, app, ids, step)
}

async function countsMatchLists (t: T, app: FastifyInstance, ids: string[], step: string): Promise<void> {
  for (const id of ids) {
    const counts = (await call(app, 'GET', `/v1/users/${id}/counts`, service())).body
    const followers = (await listIds(app, id, 'followers')).length
    const following = (await listIds(app, id, 'following')).length
    t.same([counts.followers, counts.following], [followers, following], `${step}: counts of ${id} = list lengths`)
  }
}

t.test('every write keeps the counters equal to the hidden edges', async t => {
  const app = await build(t)
  const [a, b, c, d] = await freshUsers(app, 4) as [string, string, string, string]
  const all = [a, b, c, d]
  t.same((await countersOf(app, all)).map(r => [r.storedFollowers, r.storedFollowing]), all.map(() => [0, 0]), 'new users start at zero')

  for (const [x, y] of [[b, a], [c, a], [d, a], [a, b], [c, b]] as const) t.equal((await follow(app, x, y)).status, 201)
  t.equal((await block(app, a, b)).status, 201) // b's follow of a hidden; a's own follow of b removed
  t.equal((await block(app, a, c)).status, 201) // c's follow of a hidden
  await agree(t, app, all, 'after blocks')
  t.same((await countersOf(app, [a]))[0]!.storedFollowers, 2, 'a has two hidden followers')

  t.equal((await block(app, b, a)).status, 201) // mutual block: b's own hidden follow of a goes
  await agree(t, app, all, 'after a mutual block')
  t.equal((await unfollow(app, c, a)).status, 204) // a hidden follow ended by its follower
  await agree(t, app, all, 'after unfollowing hidden')
  t.equal((await follow(app, c, d)).status, 201)
  t.equal((await block(app, d, c)).status, 201)
  t.equal((await removeFollower(app, d, c)).status, 204) // a hidden follower removed by its blockee
  await agree(t, app, all, 'after removing a hidden follower')
  t.equal((await follow(app, b, d)).status, 201)
  t.equal((await block(app, d, b)).status, 201)
  t.equal((await unblock(app, d, b)).status, 204) // shows b's follow again
  await agree(t, app, all, 'after unblock')
  t.equal((await block(app, d, b)).status, 201)
  t.equal((await call(app, 'DELETE', `/v1/users/${b}`, admin())).status, 204) // b followed d (hidden)
  await agree(t, app, [a, c, d], 'after deleting a user with hidden edges')
})

t.test('the import keeps them too', async t => {
  const app = await build(t)
  const [a, b, c] = await freshUsers(app, 3) as [string, string, string]
  const lines = [{ follow: { from: b, to: a } }, { follow: { from: a, to: b } }, { follow: { from: c, to: a } }, { block: { from: b, to: a } },
    { block: { from: a, to: b } }, { block: { from: a, to: c } }]
  const res = await app.inject({ method: 'POST', url: '/v1/import', headers: { ...admin(), 'content-type': 'application/x-ndjson' }, payload: lines.map(l => JSON.stringify(l)).join('\n') })
  t.equal(res.json().rejectedCount, 0)
  await agree(t, app, [a, b, c], 'after an import with blocks')
})

t.test('users without counters are counted from their edges, and the backfill gives them counters', async t => {
  const app = await build(t)
  const p = uid('hc')
  const [a, b, c] = await createUsers(app, [`${p}a`, `${p}b`, `${p}c`]) as [string, string, string]
  for (const [x, y] of [[b, a], [c, a], [a, c]] as const) t.equal((await follow(app, x, y)).status, 201)
  t.equal((await block(app, a, b)).status, 201)
  t.equal((await block(app, c, a)).status, 201)
  const before = await Promise.all([a, b, c].map(async id => (await call(app, 'GET', `/v1/users/${id}/counts`, service())).body))
  await app.db.run(drop, { ids: [a, b, c] })
  t.same((await countersOf(app, [a, b, c])).map(r => r.storedFollowers), [null, null, null], 'counters gone')
  const without = await Promise.all([a, b, c].map(async id => (await call(app, 'GET', `/v1/users/${id}/counts`, service())).body))
  t.same(without, before, 'the same counts without counters')
  // A write between users without counters leaves them without (null stays null), and the counts right.
  t.equal((await unblock(app, a, b)).status, 204)
  t.same((await countersOf(app, [a, b])).map(r => r.storedFollowers), [null, null])
  await countsMatchLists(t, app, [a, b, c], 'after an unblock without counters')
  t.same(await backfillHiddenCounters(app.db, { prefix: p }), { seen: 3, filled: 3 }, 'the backfill walks the prefix and fills all three')
  await agree(t, app, [a, b, c], 'after the backfill')
  t.same(await backfillHiddenCounters(app.db, { prefix: p }), { seen: 3, filled: 0 }, 'a second pass has nothing to fill')
})
