// Query plans around a block list with many subscribers: what a membership change reads must not grow with
// the list's subscribers, and a subscriber's counts and followers page keep their cost (degree store and
// counters; an index seek in order, stopped by LIMIT). Asserted on PROFILE operators and db hits.
import neo4j from 'neo4j-driver'
import t from 'tap'
import { firstPage } from '../../src/cursors.js'
import { readQuery, writeQuery } from '../../src/queries/cypher.js'
import type { ListOp } from '../../src/queries/write-kinds.js'
import { applyWrites } from '../../src/queries/writes.js'
import { as, build, uid } from '../helper.js'
import { call, freshUsers } from '../graph-helper.js'
import { profile } from './profile.js'

const followerCount = 5_000
const subscriberCount = 3_000
const memberCount = 60

t.test('a block list with 3,000 subscribers: membership changes, a subscriber\'s counts and page keep their cost', async t => {
  const app = await build(t)
  const [star, owner, member, friend] = await freshUsers(app, 4) as [string, string, string, string]
  const prefix = uid('bl')
  t.teardown(async () => { await app.db.run(writeQuery('testing/delete-users-by-prefix'), { prefix: `${prefix}-` }) })
  // The star's followers (follower 1 newest), most of whom subscribe to the owner's block list; the newest 60
  // are members, so the star (which subscribes too) has its first page's rows hidden.
  await app.db.run(writeQuery('testing/create-followers'), { id: star, prefix, count: neo4j.int(followerCount) })
  t.equal((await call(app, 'PUT', `/v1/users/${owner}/lists/mod`, as(owner), { name: 'mod', purpose: 'moderation' })).status, 201)
  const op = (o: Omit<ListOp, 'owner' | 'list'>): ListOp => ({ ...o, owner, list: 'mod' })
  const ops: ListOp[] = [
    op({ kind: 'subscribe', type: 'block', id: star }),
    ...Array.from({ length: memberCount }, (_, i) => op({ kind: 'addMember', id: owner, member: `${prefix}-${i + 1}` })),
    ...Array.from({ length: subscriberCount }, (_, i) => op({ kind: 'subscribe', type: 'block', id: `${prefix}-${followerCount - i}` }))
  ]
  for (let i = 0; i < ops.length; i += 1000) await app.db.transaction('WRITE', async tx => await applyWrites(tx, ops.slice(i, i + 1000), false))
  // The member to add: a user with a few edges of its own, one of them with a subscriber.
  for (const [a, b] of [[member, friend], [friend, member], [`${prefix}-${followerCount}`, member]] as const) {
    t.equal((await call(app, 'PUT', `/v1/users/${a}/following/${b}`, as(a))).status, 201)
  }

  const search = { kind: 'member', key: `${owner}/mod`, owner, list: 'mod', user: member, subs: [], members: [] }
  const pairs = await profile(app, readQuery('writes/list-pairs'), { ops: [search] })
  t.equal(pairs.rows, 1, 'one pair with a subscriber')
  t.ok(pairs.dbHits < 300, `adding a member reads its own edges: ${pairs.dbHits} db hits with ${subscriberCount} subscribers`)
  t.ok(pairs.ops.every(o => o.rows < 100), 'no operator saw the subscribers')
  const added = await call(app, 'PUT', `/v1/users/${owner}/lists/mod/members/${member}`, as(owner))
  t.equal(added.status, 201)
  t.match((await call(app, 'GET', `/v1/users/${member}/counts`, as(member))).body, { followers: 1, following: 1 }, "the subscriber's follow of the member is hidden")

  const counts = await profile(app, readQuery('counts/user-counts'), { id: star })
  t.equal(counts.rows, 1)
  t.ok(counts.dbHits < 200, `counts of a subscriber with ${followerCount} followers, ${memberCount} hidden: ${counts.dbHits} db hits`)
  t.ok(counts.ops.every(o => o.rows < 100), 'no operator produced the follower rows')
  t.match((await call(app, 'GET', `/v1/users/${star}/counts`, as(star))).body, { followers: followerCount - memberCount })

  const page = await profile(app, readQuery('network-pages/followers-page'), { id: star, ...firstPage, limit: neo4j.int(101), includeBlocked: false, viewer: null })
  t.equal(page.rows, 101, 'a full page')
  const operators = page.ops.map(o => o.operatorType.replace(/@.*/, ''))
  t.notOk(operators.some(o => /Sort|Top/.test(o)), `no Sort (${operators.join(', ')})`)
  t.ok(page.ops.every(o => o.rows <= 101 + memberCount + 10), 'no operator saw more than a page and the hidden rows before it')
  t.comment(`PROFILE db hits: list pairs of a membership ${pairs.dbHits}, counts of the subscriber ${counts.dbHits}, its followers page 1 ${page.dbHits}`)
})
