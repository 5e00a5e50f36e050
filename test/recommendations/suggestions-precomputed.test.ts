// Suggestions served from the precompute (GDS random walks, stored on :Suggestions): every exclusion is
// checked when they are read, so what was allowed at precompute time and is forbidden now never shows.
import t from 'tap'
import { readQuery, writeQuery } from '../../src/queries/cypher.js'
import { precomputeSuggestions, refreshFromChanges } from '../../scripts/lib/precompute-suggestions.js'
import { as, build, importRows, uid } from '../helper.js'
import { suggestionsOf } from './suggestions-of.js'

const setDiscoverable = writeQuery('testing/set-discoverable')
const stored = readQuery('testing/stored-suggestions')

t.test('precomputed candidates, with every exclusion checked at read time', async t => {
  const app = await build(t)
  const p = uid('sp')
  const n = (s: string): string => `${p}_${s}`
  const forbidden = ['bm', 'bb', 'mu', 'r', 'f', 'nd']
  const candidates = ['x', 'y', ...forbidden]
  const names = ['me', 'a', 'b', 'c', ...candidates]
  await importRows(app, [
    ...names.map(s => ({ user: { id: n(s), username: `${p}${s}`, private: s === 'r' } })),
    ...['a', 'b', 'c'].map(m => ({ follow: { from: n('me'), to: n(m) } })),
    // x is followed by all three, y by two, every forbidden-to-be candidate by a and b.
    ...['a', 'b', 'c'].map(m => ({ follow: { from: n(m), to: n('x') } })),
    ...['a', 'b'].flatMap(m => ['y', ...forbidden].map(c => ({ follow: { from: n(m), to: n(c) } })))
  ])
  // Ranked by friends of friends: the model the shared database's graph trains (other tests' users in it) may
  // serve popularity, whose 40 best are other tests' most-followed accounts.
  const report = await precomputeSuggestions(app.db, { ids: [n('me')], method: 'friends-of-friends' })
  t.equal(report.stored, 1)
  const [row] = await app.db.run<{ ids: string[], mutualCounts: number[], via: string[] }>(stored, { id: n('me') })
  t.ok(row !== undefined, 'stored on a :Suggestions node')
  for (const c of candidates) t.ok(row!.ids.includes(n(c)), `${c} stored`)
  t.equal(row!.mutualCounts[row!.ids.indexOf(n('x'))], 3, 'x: 3 of the sampled followings follow it')

  // The stored candidates also hold the graph's most-followed accounts (the PageRank estimate's tail).
  const before = await suggestionsOf(app, n('me'), row!.ids.length)
  t.same(before.map(i => i.id), row!.ids, 'the stored candidates, in stored order, while nothing forbids them')
  t.ok(before.every(i => i.score > 0 && i.score <= 1), 'scores in (0, 1]')
  t.equal(before.find(i => i.id === n('x'))?.mutualCount, 3)
  t.same([...before.find(i => i.id === n('x'))!.via].sort(), [n('a'), n('b'), n('c')].sort())

  // Made after the precompute, a moment before the read.
  const me = as(n('me'))
  const put = async (url: string, payload?: Record<string, unknown>): Promise<number> =>
    (await app.inject({ method: 'PUT', url, headers: me, ...(payload !== undefined && { payload }) })).statusCode
  t.equal(await put(`/v1/users/${n('me')}/blocks/${n('bm')}`), 201)
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${n('bb')}/blocks/${n('me')}`, headers: as(n('bb')) })).statusCode, 201)
  t.equal(await put(`/v1/users/${n('me')}/mutes/${n('mu')}`), 201)
  t.equal(await put(`/v1/users/${n('me')}/following/${n('r')}`), 202)
  t.equal(await put(`/v1/users/${n('me')}/following/${n('f')}`), 201)
  await app.db.run(setDiscoverable, { id: n('nd'), discoverable: false })

  const after = await suggestionsOf(app, n('me'), 40)
  const ids = after.map(i => i.id)
  for (const f of forbidden) t.notOk(ids.includes(n(f)), `${f} no longer suggested`)
  t.same(ids.slice(0, row!.ids.length - forbidden.length), row!.ids.filter(id => !forbidden.map(n).includes(id)), 'the other stored candidates, in stored order')

  // A block between me and a via: a stops being named as a via.
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${n('a')}/blocks/${n('me')}`, headers: as(n('a')) })).statusCode, 201)
  const x = (await suggestionsOf(app, n('me'), 40)).find(i => i.id === n('x'))!
  t.same([...x.via].sort(), [n('b'), n('c')].sort(), 'a via in a block relation with me is left out')
})

t.test('the change feed refreshes the users whose follows changed', async t => {
  const app = await build(t)
  const p = uid('sr')
  const n = (s: string): string => `${p}_${s}`
  await importRows(app, [...['q', 'a', 'x'].map(s => ({ user: { id: n(s), username: `${p}${s}` } })), { follow: { from: n('a'), to: n('x') } }])
  const [none] = await app.db.run(stored, { id: n('q') })
  t.equal(none, undefined, 'q follows nobody: nothing stored')
  const from = { atMs: Date.now() - 1000, id: '' }
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${n('q')}/following/${n('a')}`, headers: as(n('q')) })).statusCode, 201)
  // Refreshed from the feed's position on until q's follow has been read: other test files write to the same
  // feed at once, so a refresh may have read only their changes (q's not yet past the feed's horizon).
  const deadline = Date.now() + 30_000
  let position = from
  let row: { ids: string[] } | undefined
  while (row === undefined && Date.now() < deadline) {
    position = (await refreshFromChanges(app.db, position, { lagMs: 0, method: 'friends-of-friends' })).next
    ;[row] = await app.db.run<{ ids: string[] }>(stored, { id: n('q') })
  }
  t.ok(row !== undefined, 'q recomputed once its follow was in the feed')
  t.ok(row?.ids.includes(n('x')), 'x, followed by a, is now among q\'s candidates')
  t.ok((await suggestionsOf(app, n('q'), 40)).some(i => i.id === n('x')), 'and suggested')
})
