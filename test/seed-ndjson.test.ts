// The generator's two outputs are one graph: seedNdjson's lines (the bulk load's input, e.g. for bench size
// XL) are exactly what the export answers for the same options loaded by seedGraph, and the stats agree.
import t from 'tap'
import { seedGraph, seedNdjson } from '../scripts/lib/seed.js'
import { admin, build, uid } from './helper.js'

const opts = { users: 200, follows: 2000, seed: 7, celebrities: 2, blockRate: 0.05 }

t.test('seedNdjson writes the export of the graph seedGraph loads', async t => {
  const app = await build(t)
  const prefix = `${uid('sn')}_`
  const seeded = await seedGraph(app.db, { ...opts, prefix })
  const exported: string[] = []
  for (const url of ['/v1/export/users', '/v1/export/edges?type=FOLLOWS', '/v1/export/edges?type=BLOCKS']) {
    const res = await app.inject({ url, headers: admin() })
    exported.push(...res.body.split('\n').filter(l => l.startsWith(`{"id":"${prefix}`) || l.startsWith(`{"from":"${prefix}`)))
  }
  const generated = seedNdjson({ ...opts, prefix })
  let text = ''
  for await (const chunk of generated.chunks) text += chunk
  const lines = text.split('\n').filter(l => l !== '')
  t.equal(lines.length, 200 + seeded.follows + seeded.blocks)
  // The export orders by id, the generator by user index: the same lines either way.
  t.same([...lines].sort(), [...exported].sort(), 'the same users and edges, byte for byte')
  const { elapsedMs: _a, ...fromLines } = generated.stats()
  const { elapsedMs: _b, ...fromSeed } = seeded
  t.same(fromLines, fromSeed, 'the same stats (celebrities, samples)')
  t.throws(() => seedNdjson(opts).stats(), /before every chunk/)
})
