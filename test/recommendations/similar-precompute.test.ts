// The precompute's similar accounts (computed in memory: scripts/lib/ranker/similar.ts) are the ones
// cypher/recommendations/similar-accounts.cypher computes for nobody in particular (reader ''), to the last
// bit of every score: random worlds of private and hidden-network users, follows with tied times, blocks and a
// block list, big enough that the samples' caps (50 followers, 20 follows each) cut.
import t from 'tap'
import { everyone } from '../../src/access-policy.js'
import { computeSimilar, similarCaps } from '../../src/queries/similar.js'
import { readVisibleGraph, similarRows } from '../../scripts/lib/precompute-suggestions.js'
import { inDegree } from '../../scripts/lib/ranker/follow-graph.js'
import { SimilarAccounts } from '../../scripts/lib/ranker/similar.js'
import { prng } from '../../scripts/lib/seed.js'
import { as, build, importRows, uid } from '../helper.js'

const users = 70
const times = ['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', '2026-02-01T00:00:00.001Z', '2026-03-01T00:00:00Z']

for (const seed of [1, 2, 3]) {
  t.test(`in memory as in Cypher: world ${seed}`, async t => {
    const app = await build(t)
    const rand = prng(seed)
    const p = uid('simpre')
    const n = (i: number): string => `${p}_${String(i).padStart(2, '0')}`
    const pick = (): number => Math.floor(rand() * users)
    const spec = Array.from({ length: users }, () => ({ private: rand() < 0.2, hideNetwork: rand() < 0.15 }))
    const follows = new Set<string>()
    for (let a = 0; a < users; a++) {
      // Users 0-3 are followed by most others (over 50 followers); the rest follow up to 25 more.
      for (let b = 0; b < 4; b++) if (a !== b && rand() < 0.9) follows.add(`${a}>${b}`)
      for (let k = Math.floor(rand() * 26); k > 0; k--) {
        const b = pick()
        if (b !== a) follows.add(`${a}>${b}`)
      }
    }
    const pairs = (k: number): Array<[number, number]> => Array.from({ length: k }, (): [number, number] => [pick(), pick()]).filter(([a, b]) => a !== b)
    const members = [...new Set(Array.from({ length: 4 }, pick))]
    await importRows(app, [
      ...spec.map((s, i) => ({ user: { id: n(i), username: `${p}${i}`, hideNetwork: s.hideNetwork } })),
      ...[...follows].map(k => k.split('>').map(Number)).map(([a, b]) => ({ follow: { from: n(a!), to: n(b!), since: times[Math.floor(rand() * times.length)] } })),
      ...pairs(15).map(([a, b]) => ({ block: { from: n(a), to: n(b) } })),
      { list: { owner: n(0), id: 'mod', name: 'mod', purpose: 'moderation' } },
      ...members.map(m => ({ member: { owner: n(0), list: 'mod', member: n(m) } })),
      ...[pick(), pick()].filter(s => !members.includes(s)).map(s => ({ listBlock: { user: n(s), owner: n(0), list: 'mod' } }))
    ])
    // Made private after the follows, which stay (a private target's imported follow would be a request).
    for (const [i, s] of spec.entries()) {
      if (s.private) t.equal((await app.inject({ method: 'PATCH', url: `/v1/users/${n(i)}`, headers: as(n(i)), payload: { private: true } })).statusCode, 200)
    }

    const ids = Array.from({ length: users }, (_, i) => n(i))
    const cypher = new Map((await app.db.transaction('READ', async tx => await computeSimilar(tx, ids, everyone))).map(r => [r.id, r]))
    const v = await readVisibleGraph(app.db)
    const similar = new SimilarAccounts(v.graph, v.counts, similarCaps)
    const memory = new Map(similarRows(v, similar, ids).map(r => [r.id, r]))
    t.ok(ids.some(id => inDegree(v.graph, v.index.get(id)!) > similarCaps.maxFollowers), 'a follower sample is cut')
    t.ok(cypher.size > users / 2, `${cypher.size} users with similar accounts`)
    t.same([...memory.keys()].sort(), [...cypher.keys()].sort(), 'the same users have a list')
    const differing = ids.filter(id => JSON.stringify(memory.get(id)) !== JSON.stringify(cypher.get(id)))
    t.same(differing, [], 'every list and score the same')
    if (differing.length > 0) t.same(memory.get(differing[0]!), cypher.get(differing[0]!), differing[0]!)
  })
}
