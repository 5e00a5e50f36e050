import t from 'tap'
import { readQuery } from '../src/queries/cypher.js'
import { planGraph, seedGraph } from '../scripts/lib/seed.js'
import { build, uid } from './helper.js'

const edgesByPrefix = readQuery('seed/edges-by-prefix')
const followsBesideBlocks = readQuery('seed/follows-beside-blocks')

interface Edge { type: string, from: string, to: string, edgeFrom: string, edgeTo: string, since: string }

const opts = { users: 300, follows: 3000, seed: 42, celebrities: 2, blockRate: 0.05 }

t.test('the same seed gives the same graph whatever the prefix; the edges carry {since, from, to}', async t => {
  const app = await build(t)
  const shapes: string[][] = []
  for (const prefix of [`${uid('sa')}_`, `${uid('sb')}_`]) {
    const progress: number[] = []
    const stats = await seedGraph(app.db, { ...opts, prefix }, done => { progress.push(done) })
    t.equal(stats.users, 300)
    t.equal(stats.follows, 3000, 'exactly the follows asked for')
    t.equal(stats.blocks, 150)
    t.equal(progress.at(-1), 300 + 3000 + 150, 'progress reaches the total')

    const edges = await app.db.run<Edge>(edgesByPrefix, { prefix })
    t.equal(edges.filter(e => e.type === 'FOLLOWS').length, 3000)
    t.equal(edges.filter(e => e.type === 'BLOCKS').length, 150)
    t.ok(edges.every(e => e.edgeFrom === e.from && e.edgeTo === e.to), 'edge from/to are the end ids')
    t.ok(edges.every(e => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(e.since)), 'since is a datetime')
    const pairs = edges.map(e => `${e.type} ${e.from.slice(prefix.length)} ${e.to.slice(prefix.length)}`)
    t.equal(new Set(pairs).size, pairs.length, 'no pair twice')
    shapes.push(pairs.sort())

    const [beside] = await app.db.run<{ pairs: number }>(followsBesideBlocks, { prefix })
    t.equal(beside?.pairs, 0, 'no FOLLOWS beside a BLOCKS in the same direction')

    const followers = (id: string): number => edges.filter(e => e.type === 'FOLLOWS' && e.to === id).length
    t.same(stats.celebrities, [{ id: `${prefix}0`, followers: 150 }, { id: `${prefix}1`, followers: 30 }],
      'celebrities hold 50% and 10% of the other users as followers')
    t.equal(followers(`${prefix}0`), 150)
    t.equal(followers(`${prefix}1`), 30)
    t.ok(stats.maxNonCelebrityFollowers < 150 * 0.5, 'no other account comes near the top celebrity')
  }
  t.same(shapes[0], shapes[1], 'same shape under both prefixes')
})

t.test('the plan is deterministic for a seed, differs across seeds, and has friends and a heavy tail', async t => {
  const edgesOf = (seed: number): string[] => [...planGraph({ ...opts, seed }).edges()]
    .flatMap(e => e.follows.map(x => `${e.source}>${x}`))
  const a = edgesOf(1)
  t.same(edgesOf(1), a)
  t.not(edgesOf(2).join(), a.join())
  const set = new Set(a)
  t.ok(a.filter(e => { const [s, x] = e.split('>'); return set.has(`${x}>${s}`) }).length > 100, 'mutual follows exist')
  const inDegree = new Map<string, number>()
  for (const e of a) { const x = e.split('>')[1]!; inDegree.set(x, (inDegree.get(x) ?? 0) + 1) }
  const degrees = [...inDegree.entries()].filter(([x]) => Number(x) >= 2).map(([, d]) => d).sort((p, q) => q - p)
  t.ok(degrees[0]! > 4 * degrees[Math.floor(degrees.length / 2)]!, 'top in-degree well above the median')
})

t.test('refuses impossible options', async t => {
  t.throws(() => planGraph({ users: 10, follows: 1000 }), /do not fit/)
  t.throws(() => planGraph({ users: 100, follows: 10, celebrities: 5 }), /fewer than the celebrities/)
  t.throws(() => planGraph({ users: 100, follows: 1000, prefix: 'bad prefix' }), /prefix/)
})
