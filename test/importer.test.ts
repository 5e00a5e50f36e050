// Batches in flight at the same time must give the file's line-by-line result: random files over a few users
// are imported twice into the same database under two id prefixes, once one line per transaction, once in
// small batches two at a time, and the outcomes (every line's refusal, every edge) must be the same.
import t from 'tap'
import { Readable } from 'node:stream'
import { importNdjson } from '../src/importer.js'
import { readQuery } from '../src/queries/cypher.js'
import { prng } from '../scripts/lib/seed.js'
import { build, uid } from './helper.js'

const edgesAmong = readQuery('testing/edges-among')
const hiddenCounters = readQuery('testing/hidden-counters')
const edgeKinds = ['follow', 'follow', 'follow', 'request', 'block', 'mute'] as const

/** A random file over `users` users named by index; `name(i)` makes the id for one import. */
function randomFile (seed: number, users: number, edges: number): (name: (i: number) => string) => string[] {
  const rand = prng(seed)
  const pick = (n: number): number => Math.floor(rand() * n)
  type Line = { kind: 'user', i: number, private: boolean, tag: number } | { kind: typeof edgeKinds[number], from: number, to: number }
  const lines: Line[] = Array.from({ length: users }, (_, i) => ({ kind: 'user', i, private: rand() < 0.3, tag: 0 }))
  for (let k = 0; k < edges; k++) {
    // Now and then a user line: privacy turned on or off (public accepts pending requests), or a rename.
    if (rand() < 0.05) lines.push({ kind: 'user', i: pick(users), private: rand() < 0.5, tag: k })
    else lines.push({ kind: edgeKinds[pick(edgeKinds.length)]!, from: pick(users), to: pick(users) })
  }
  return name => lines.map(l => JSON.stringify(l.kind === 'user'
    ? { user: { id: name(l.i), username: `${name(l.i)}x${l.tag}`, private: l.private } }
    : { [l.kind]: { from: name(l.from), to: name(l.to) } }))
}

t.test('two batches at a time give the same result as one line per transaction', async t => {
  const app = await build(t)
  const users = 6
  for (const seed of [1, 2, 3]) {
    const file = randomFile(seed, users, 150)
    const outcomes = []
    for (const [batchSize, parallelBatches] of [[1, 1], [3, 2], [7, 2]] as const) {
      const p = uid('ip')
      const name = (i: number): string => `${p}_${i}`
      const summary = await importNdjson(app.db, Readable.from(file(name).join('\n')), { batchSize, parallelBatches, recordChanges: false })
      const rows = await app.db.run<{ a: string, b: string, edges: Array<{ type: string, n: number }> }>(edgesAmong,
        { ids: Array.from({ length: users }, (_, i) => name(i)) })
      const edges = rows.map(r => `${r.a.slice(p.length)}>${r.b.slice(p.length)} ${r.edges.map(e => `${e.type}x${e.n}`).sort().join(',')}`).sort()
      const counters = await app.db.run<{ id: string, storedFollowers: number, storedFollowing: number, trueFollowers: number, trueFollowing: number }>(hiddenCounters,
        { ids: Array.from({ length: users }, (_, i) => name(i)) })
      t.same(counters.filter(c => c.storedFollowers !== c.trueFollowers || c.storedFollowing !== c.trueFollowing), [],
        `seed ${seed}, batches of ${batchSize}: the users' hidden-edge counters equal their edges`)
      outcomes.push({
        counts: { ...summary, rejected: undefined },
        refused: summary.rejected.map(r => `${r.line} ${r.code}`),
        edges
      })
    }
    t.ok(outcomes[0]!.refused.length > 0 && outcomes[0]!.edges.length > 5, `seed ${seed}: the file has refused lines and edges`)
    t.same(outcomes[1], outcomes[0], `seed ${seed}: batches of 3, two at a time`)
    t.same(outcomes[2], outcomes[0], `seed ${seed}: batches of 7, two at a time`)
  }
})
