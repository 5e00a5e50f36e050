// Query plans on a dense node: a user with 50,000 followers. Counts must come from the degree store and a
// page deep in the followers list must cost about what the first page costs (an index seek in index order,
// stopped by LIMIT): neither may expand the 50,000 edges. Asserted on PROFILE operators and db hits.
import neo4j from 'neo4j-driver'
import t from 'tap'
import { firstPage, type PageStart } from '../../src/cursors.js'
import { readQuery, writeQuery } from '../../src/queries/cypher.js'
import { as, build, service, uid } from '../helper.js'
import { call, freshUsers } from '../graph-helper.js'
import { profile, type PlanNode } from './profile.js'

const followerCount = 50_000
const createFollowers = writeQuery('testing/create-followers')
const deleteByPrefix = writeQuery('testing/delete-users-by-prefix')

const details = (ops: PlanNode[]): string => ops.map(o => `${o.operatorType} ${String(o.arguments.Details ?? '')}`).join('\n')

t.test('counts and deep pages on a user with 50,000 followers do not expand the edges', async t => {
  const app = await build(t)
  const [star, blocker, blocked] = await freshUsers(app, 3)
  const prefix = uid('plan')
  t.teardown(async () => {
    await app.db.run(deleteByPrefix, { prefix: `${prefix}-` })
  })
  const created = await app.db.run<{ created: number, base: number }>(createFollowers, { id: star, prefix, count: neo4j.int(followerCount) })
  t.equal(created[0]?.created, followerCount)
  const base = created[0]!.base
  // A few hidden edges, so the counts' block correction has work to do.
  for (const f of [blocker!, blocked!]) await call(app, 'PUT', `/v1/users/${f}/following/${star}`, as(f))
  await call(app, 'PUT', `/v1/users/${blocker}/blocks/${star}`, as(blocker!))
  await call(app, 'PUT', `/v1/users/${star}/blocks/${blocked}`, as(star!))
  await call(app, 'PUT', `/v1/users/${star}/blocks/${prefix}-7`, as(star!))

  const counts = (await call(app, 'GET', `/v1/users/${star}/counts`, service())).body
  t.same(counts, { followers: followerCount - 1, following: 0, friends: 0, blocks: 2, mutes: 0, pendingRequests: 0 },
    "blocker's follow went with its block; blocked's and follower 7's are hidden")

  const countPlan = await profile(app, readQuery('counts/user-counts'), { id: star })
  t.match(details(countPlan.ops), /getDegree\(\(u\)<-\[:FOLLOWS\]-\(\)\)/, 'followers from the degree store')
  t.ok(countPlan.ops.every(o => o.rows < 100), 'no operator produced the follower rows')
  t.ok(countPlan.dbHits < 200, `counts: ${countPlan.dbHits} db hits`)

  const page = readQuery('network-pages/followers-page')
  const params = (start: PageStart) => ({ id: star, ...start, limit: neo4j.int(101), includeBlocked: false, viewer: null })
  const first = await profile(app, page, params(firstPage))
  // Deep: after follower 40,000 (follower n followed at base - n ms).
  const deepStart = { since: new Date(base - 40_000).toISOString(), after: `${prefix}-40000` }
  const deep = await profile(app, page, params(deepStart))
  for (const [name, p] of [['page 1', first], ['deep page', deep]] as const) {
    t.equal(p.rows, 101, `${name}: a full page`)
    const ops = p.ops.map(o => o.operatorType.replace(/@.*/, ''))
    t.ok(ops.includes('DirectedRelationshipIndexSeekByRange') || ops.includes('DirectedRelationshipIndexSeek'), `${name}: index seek (${ops.join(', ')})`)
    t.notOk(ops.some(o => /Sort|Top/.test(o)), `${name}: no Sort`)
    t.notOk(p.ops.some(o => /Expand\(All\)/.test(o.operatorType) && /FOLLOWS/.test(String(o.arguments.Details))), `${name}: no Expand(All) of FOLLOWS`)
    t.ok(p.ops.every(o => o.rows <= 200), `${name}: no operator saw more than a page of rows`)
  }
  t.ok(deep.dbHits <= first.dbHits * 1.5 + 50, `deep page ${deep.dbHits} db hits vs page 1 ${first.dbHits}`)

  // The same deep page through the API: the cursor encodes the position; the page starts right after it.
  const cursor = app.cursors.encode(`followers:${star}`, { since: deepStart.since, id: deepStart.after })
  const viaApi = (await call(app, 'GET', `/v1/users/${star}/followers?limit=3&cursor=${cursor}`, service())).body
  t.same(viaApi.items.map((i: { id: string }) => i.id), [`${prefix}-40001`, `${prefix}-40002`, `${prefix}-40003`])

  const lookup = await profile(app, readQuery('lookups/relationships'), { id: `${prefix}-5`, ids: [star, `${prefix}-6`] })
  t.ok(lookup.dbHits < 200, `relationships lookup against the star: ${lookup.dbHits} db hits`)
  t.notOk(lookup.ops.some(o => /Expand\(All\)/.test(o.operatorType)), 'lookups are ExpandInto only')

  t.comment(`PROFILE db hits with ${followerCount} followers: counts ${countPlan.dbHits}, page 1 ${first.dbHits}, page after 40,000 ${deep.dbHits}, relationships ${lookup.dbHits}`)
})
