// The suggestion ranker (scripts/lib/ranker/): candidates and their features on a known graph, the held-out
// newest follows, a model trained and chosen only when it beats every single generator on users it did not
// learn from; the precompute stores it on a :SuggestionModel node, GET /v1/ops/suggestions (admin) and
// /metrics show it.
import t from 'tap'
import { CandidateGenerator, featureIndex, generators } from '../../scripts/lib/ranker/candidates.js'
import { buildFollowGraph, outDegree } from '../../scripts/lib/ranker/follow-graph.js'
import { holdOutNewest, rankerName, trainRanker } from '../../scripts/lib/ranker/train.js'
import { syntheticGraph } from '../../scripts/lib/eval/graph-source.js'
import { precomputeSuggestions, readVisibleGraph, visibleGraphOf } from '../../scripts/lib/precompute-suggestions.js'
import { admin, as, build, importRows, uid } from '../helper.js'

t.test('candidates: every generator\'s score and the features, never the user or what it follows', async t => {
  // me(0) follows a(1), b(2); a and b follow x(3); b follows y(4); z(5) follows me; a follows b.
  const ids = ['me', 'a', 'b', 'x', 'y', 'z']
  const edges = [[0, 1], [0, 2], [1, 3], [2, 3], [2, 4], [5, 0], [1, 2]].map(([from, to], i) => ({ from: from!, to: to!, since: 1000 * i }))
  const gen = new CandidateGenerator(buildFollowGraph(ids, edges), { walks: 200, walkLength: 3, decay: 0.85, popular: 2, seed: 1 })
  const byId = new Map(gen.of(0).map(c => [ids[c.user]!, c.features]))
  t.same([...byId.keys()].sort(), ['x', 'y', 'z'], 'x and y two hops away, z follows me; never me, a or b')
  const f = (id: string, name: Parameters<typeof featureIndex>[0]): number => byId.get(id)![featureIndex(name)]!
  t.equal(f('x', 'friendsOfFriends'), 2)
  t.equal(f('y', 'friendsOfFriends'), 1)
  t.equal(f('z', 'followsYou'), 1, 'z follows me')
  t.equal(f('x', 'followsYou'), 0)
  t.ok(f('x', 'adamicAdar') > f('y', 'adamicAdar'))
  t.equal(f('x', 'resourceAllocation'), 1 / 3 + 1 / 4, 'a has degree 3, b degree 4')
  t.ok(f('z', 'randomWalks') > 0, 'the walks go both ways: z is a step away')
  t.equal(f('x', 'candidateFollowers'), Math.log1p(2))
  t.same(Object.keys(generators), ['friends-of-friends', 'adamic-adar', 'resource-allocation', 'random-walks', 'popularity'])
})

t.test('held out: each user\'s newest follows when there are times, a seeded share when not', async t => {
  const edges = Array.from({ length: 10 }, (_, i) => ({ from: 0, to: i + 1, since: i }))
  const timed = holdOutNewest(edges, 0.2, 1)
  t.equal(timed.by, 'time')
  t.same([...timed.heldOut.get(0)!].sort((a, b) => a - b), [9, 10], 'the two newest')
  const untimed = edges.map(e => ({ ...e, since: 0 }))
  const a = holdOutNewest(untimed, 0.2, 1)
  t.equal(a.by, 'random')
  t.equal(a.heldOut.get(0)!.size, 2)
  t.same([...a.heldOut.get(0)!], [...holdOutNewest(untimed, 0.2, 1).heldOut.get(0)!], 'the same seed, the same share')
  t.equal(a.kept.length, 8)
})

t.test('the ranker serves only if it beats the best single generator on users it did not learn from', async t => {
  const g = syntheticGraph('S', 1)
  const model = trainRanker(g.users, g.follows, { share: 0.1, seed: 1, trainUsers: 200, evalUsers: 300, negatives: 15, generator: { walks: 50, walkLength: 3, decay: 0.85, popular: 40, seed: 1 } })
  t.equal(model.trainUsers, 200)
  t.equal(model.evalUsers, 300)
  t.equal(model.heldOutBy, 'time')
  t.equal(model.weights.length, model.features.length)
  t.same(model.evaluation.map(e => e.method).sort(), [...Object.keys(generators), rankerName].sort())
  const best = model.evaluation[0]!
  t.equal(model.method, best.method, `serves the best on the held-out users (${model.evaluation.map(e => `${e.method} ${e.hit.toFixed(3)}`).join(', ')})`)
  const ranker = model.evaluation.find(e => e.method === rankerName)!
  const bestGenerator = model.evaluation.find(e => e.method !== rankerName)!
  t.equal(model.method === rankerName, ranker.hit > bestGenerator.hit)
})

t.test('the precompute stores the model; GET /v1/ops/suggestions (admin) and /metrics show it', async t => {
  const app = await build(t)
  const p = uid('rk')
  const n = (s: string): string => `${p}_${s}`
  await importRows(app, [
    ...['me', 'a', 'b', 'x'].map(s => ({ user: { id: n(s), username: `${p}${s}` } })),
    ...['a', 'b'].map(m => ({ follow: { from: n('me'), to: n(m) } })),
    ...['a', 'b'].map(m => ({ follow: { from: n(m), to: n('x') } }))
  ])
  const report = await precomputeSuggestions(app.db, { ids: [n('me')] })
  t.equal(report.stored, 1)
  t.ok(report.method in generators || report.method === rankerName, `serves ${report.method}`)

  t.equal((await app.inject({ url: '/v1/ops/suggestions', headers: as(n('me'), 'graph:read') })).statusCode, 403, 'not for a user token')
  const res = await app.inject({ url: '/v1/ops/suggestions', headers: admin() })
  t.equal(res.statusCode, 200)
  const { model } = res.json()
  t.ok(model !== null, 'a model is stored')
  t.equal(model.features.length, model.weights.length)
  t.ok(model.evaluation.length >= 5, 'every method\'s held-out figures')
  t.ok(Date.parse(model.trainedAt) > 0)

  const metrics = await app.inject({ url: '/metrics' })
  t.match(metrics.body, new RegExp(`graph_suggestions_heldout_hit_at_20\\{method="${model.method}"\\} [0-9.]+`), 'the served method and its hit@20')
  // Ranked by friends of friends (what the model serves depends on the shared database's whole graph).
  t.equal((await precomputeSuggestions(app.db, { ids: [n('me')], method: 'friends-of-friends' })).method, 'friends-of-friends')
  const items = (await app.inject({ url: `/v1/users/${n('me')}/suggestions`, headers: as(n('me'), 'graph:read') })).json().items as Array<{ id: string }>
  t.equal(items[0]?.id, n('x'), 'x, followed by both of me\'s followings, first')
})

t.test('the precompute reads only follows everyone may see', async t => {
  const app = await build(t)
  const p = uid('rv')
  const n = (s: string): string => `${p}_${s}`
  await importRows(app, [
    ...['a', 'b', 'c', 'pr', 'ps', 'h'].map(s => ({ user: { id: n(s), username: `${p}${s}`, private: s.startsWith('p'), hideNetwork: s === 'h' } })),
    { follow: { from: n('a'), to: n('b') } },
    { follow: { from: n('pr'), to: n('ps') } },
    { follow: { from: n('h'), to: n('ps') } },
    { follow: { from: n('c'), to: n('a') } },
    { block: { from: n('a'), to: n('c') } }
  ])
  const { graph, edges, index } = await readVisibleGraph(app.db)
  const seen = edges.filter(e => graph.ids[e.from]!.startsWith(p)).map(e => `${graph.ids[e.from]!.slice(p.length + 1)}>${graph.ids[e.to]!.slice(p.length + 1)}`)
  t.same(seen, ['a>b'], 'not between two private accounts, nor from a hidden network to a private one, nor across a block')
  t.ok(index.has(n('pr')), 'every user is there, followed or not')
})

t.test('the graph read in pages: a follow of a user created after its page was read is left out', async t => {
  // The pages came in id order; 'ab' was created (and followed by a) after the page holding 'a' and 'b' was read.
  const row = (id: string, to: string[]) => ({ id, to, since: to.map((_, k) => 1000 + k), followers: 0, hideNetwork: false })
  const v = visibleGraphOf([row('a', ['ab', 'b']), row('b', ['a']), row('c', ['ab', 'a'])])
  const follows = (id: string): string[] => {
    const u = v.index.get(id)!
    return Array.from(v.graph.out.subarray(v.graph.outStart[u]!, v.graph.outStart[u + 1]!), w => v.graph.ids[w]!)
  }
  t.same(follows('a'), ['b'], 'a follows b; ab, unknown to the read, is not taken for another user')
  t.same(follows('c'), ['a'])
  t.equal(outDegree(v.graph, v.index.get('b')!), 1)
  t.equal(v.edges.length, 3, 'the three follows between users read')
})
