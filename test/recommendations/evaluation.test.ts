// The suggestion evaluation (npm run eval:suggestions): its measures, its splits, and a whole run on a small
// graph with a known answer, loaded into the suite's Neo4j under a prefix of its own.
import t from 'tap'
import { Database } from '../../src/database.js'
import { evaluate } from '../../scripts/lib/eval/evaluate.js'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hasFollowTimes, parseEdgeList, parseSignedCsv, readGraphSource, syntheticGraph, type EvalGraph } from '../../scripts/lib/eval/graph-source.js'
import { rankingQuality, quantile } from '../../scripts/lib/eval/metrics.js'
import { sampleUsers, splitFollows } from '../../scripts/lib/eval/split.js'
import { build, uid } from '../helper.js'

t.test('hit, recall and nDCG at k', async t => {
  const relevant = new Set(['b', 'x', 'y'])
  t.same(rankingQuality(['a', 'b', 'c'], relevant, 2), { hit: 1, recall: 1 / 3, ndcg: (1 / Math.log2(3)) / (1 + 1 / Math.log2(3)) })
  t.same(rankingQuality(['a', 'b', 'c'], relevant, 1), { hit: 0, recall: 0, ndcg: 0 })
  t.same(rankingQuality(['x', 'y', 'b'], relevant, 20), { hit: 1, recall: 1, ndcg: 1 }, 'all three first: ideal')
  t.throws(() => rankingQuality(['a'], new Set(), 10))
  t.equal(quantile([5, 1, 4, 2, 3], 0.5), 3)
  t.equal(quantile([5, 1, 4, 2, 3], 0.99), 5)
})

t.test('signed CSV: positive ratings follow, negative ones block, self-ratings and repeats dropped', async t => {
  const g = parseSignedCsv('1,2,5,100\n2,1,-3,200\n1,2,4,300\n3,3,1,400\n3,1,1,500\n', 'x')
  t.same(g.users, ['otc1', 'otc2', 'otc3'])
  t.same(g.follows, [{ from: 0, to: 1, since: 100_000 }, { from: 2, to: 0, since: 500_000 }])
  t.same(g.blocks, [{ from: 1, to: 0, since: 200_000 }])
})

t.test('edge list: from<TAB>to, # comments, an optional time; self-loops and repeats dropped; no times, no time split', async t => {
  const g = parseEdgeList('# Directed graph\n# FromNodeId\tToNodeId\n0\t4\n0\t5\n\n4\t0\n4 4\n0\t4\n', 'x')
  t.same(g.users, ['n0', 'n4', 'n5'])
  t.same(g.follows, [{ from: 0, to: 1, since: 0 }, { from: 0, to: 2, since: 0 }, { from: 1, to: 0, since: 0 }])
  t.same(g.blocks, [])
  t.notOk(hasFollowTimes(g))
  t.throws(() => splitFollows(g, { kind: 'time', train: 0.8 }, 1), /no times/)
  t.equal(splitFollows(g, { kind: 'holdout', share: 0.5 }, 1).train.length, 1, 'a share held out instead: half of each user\'s follows, rounded (one of n0\'s two, n4\'s only one)')

  const timed = parseEdgeList('1 2 100\n2 1 200\n', 'y')
  t.same(timed.follows, [{ from: 0, to: 1, since: 100_000 }, { from: 1, to: 0, since: 200_000 }])
  t.ok(hasFollowTimes(timed))
  t.throws(() => parseEdgeList('1\n', 'z'), /z:1: expected/)

  const dir = mkdtempSync(join(tmpdir(), 'edges-'))
  t.teardown(() => { rmSync(dir, { recursive: true }) })
  writeFileSync(join(dir, 'trust.tsv'), '# a comment\n7\t8\n8\t9\n')
  writeFileSync(join(dir, 'graph.ndjson'), '{"follow":{"from":"a","to":"b"}}\n')
  t.same((await readGraphSource(join(dir, 'trust.tsv'), 1)).users, ['n7', 'n8', 'n9'], 'a file whose first line is not an object is an edge list')
  t.same((await readGraphSource(join(dir, 'graph.ndjson'), 1)).users, ['a', 'b'], 'NDJSON still read as NDJSON')
})

t.test('splits: holdout is a seeded share of each user\'s follows; time split holds out the latest', async t => {
  const g = syntheticGraph('S', 3)
  const a = splitFollows(g, { kind: 'holdout', share: 0.1 }, 7)
  const b = splitFollows(g, { kind: 'holdout', share: 0.1 }, 7)
  const c = splitFollows(g, { kind: 'holdout', share: 0.1 }, 8)
  const held = (s: typeof a): number => [...s.heldOut.values()].reduce((n, set) => n + set.size, 0)
  const same = (x: unknown, y: unknown): boolean => JSON.stringify(x) === JSON.stringify(y)
  t.ok(same(a.train, b.train), 'same seed, same split')
  t.notOk(same(a.train, c.train), 'another seed, another split')
  t.equal(a.train.length + held(a), g.follows.length, 'every follow kept or held out')
  t.ok(Math.abs(held(a) / g.follows.length - 0.1) < 0.02, `about a tenth held out (${held(a)})`)
  t.same(sampleUsers(a.heldOut, 50, 1), sampleUsers(b.heldOut, 50, 1), 'the same sample of users')

  const time = splitFollows(g, { kind: 'time', train: 0.8 }, 1)
  t.ok(time.cut !== undefined)
  t.ok(time.train.every(e => e.since < time.cut!), 'kept follows are older than the cut')
  t.ok(time.blocks.every(e => e.since < time.cut!), 'so are the blocks the methods see')
  const late = g.follows.filter(e => e.since >= time.cut!)
  t.ok(Math.abs(time.train.length - 0.8 * g.follows.length) < 0.01 * g.follows.length)
  t.ok(held(time) <= late.length && held(time) > 0.5 * late.length, 'held out: late follows between accounts seen before the cut')
})

/**
 * me follows a, b and c, which all follow x; me follows x last (held out by the time split). Apart, ten fans
 * follow each of 25 popular accounts, which makes x 26th by followers. me blocks y, which a, b, c and d (also
 * followed by me) follow: y would rank first if it were not left out. Every graph method must rank x first;
 * popularity cannot reach it in 20.
 */
function knownGraph (): EvalGraph {
  const users = ['me', 'a', 'b', 'c', 'd', 'x', 'y', ...Array.from({ length: 25 }, (_, i) => `p${i}`), ...Array.from({ length: 10 }, (_, i) => `f${i}`)]
  const at = (name: string): number => users.indexOf(name)
  const follows = [
    ...['a', 'b', 'c'].flatMap(m => [{ from: at('me'), to: at(m), since: 1000 }, { from: at(m), to: at('x'), since: 1000 }, { from: at(m), to: at('y'), since: 1000 }]),
    ...Array.from({ length: 10 }, (_, f) => Array.from({ length: 25 }, (_, p) => ({ from: at(`f${f}`), to: at(`p${p}`), since: 1000 }))).flat(),
    { from: at('me'), to: at('d'), since: 1000 },
    { from: at('d'), to: at('y'), since: 1000 },
    { from: at('me'), to: at('x'), since: 2000 }
  ]
  return { name: 'known', users, createdAt: users.map(() => 0), follows, blocks: [{ from: at('me'), to: at('y'), since: 1000 }] }
}

t.test('a whole evaluation on a graph with a known answer', async t => {
  const app = await build(t)
  const db: Database = app.db
  const prefix = `${uid('ev')}_`
  const g = knownGraph()
  const train = (g.follows.length - 1) / g.follows.length
  const result = await evaluate({ db, graph: g, split: { kind: 'time', train }, seed: 1, users: 100, prefix, load: true })
  t.equal(result.evaluatedUsers, 1, 'only me has a held-out follow')
  t.equal(result.heldOut, 1)
  t.match(result.gds, /^2\.13\./)
  const byName = Object.fromEntries(result.results.map(r => [r.method, r]))
  t.same(Object.keys(byName), ['popularity', 'friends-of-friends', 'resource-allocation', 'adamic-adar', 'personalized-pagerank', 'personalized-pagerank-directed', 'random-walks',
    'generator:friends-of-friends', 'generator:adamic-adar', 'generator:resource-allocation', 'generator:random-walks', 'generator:popularity', 'ranker', 'salsa'])
  for (const name of ['popularity', 'generator:popularity']) t.same(byName[name]!.quality[20], { hit: 0, recall: 0, ndcg: 0 }, `${name}: the 25 popular accounts fill the 20 places`)
  t.ok(result.ranker !== undefined, 'the ranker trained on the kept graph, and said what it would serve')
  for (const m of result.results.filter(r => !r.method.endsWith('popularity'))) {
    t.same(m.quality[10], { hit: 1, recall: 1, ndcg: 1 }, `${m.method} ranks x first (y, blocked, is left out)`)
    t.ok(m.p50 >= 0 && m.p99 >= m.p50, `${m.method} latency measured`)
  }
})
