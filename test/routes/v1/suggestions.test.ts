import t from 'tap'
import { as, build, importRows, service, uid } from '../../helper.js'
import { suggestionsOf } from '../../recommendations/suggestions-of.js'

t.test('friends of friends, ranked by mutualCount then followers then id, never a forbidden user', async t => {
  const app = await build(t)
  const p = uid('sg')
  const n = (s: string): string => `${p}_${s}`
  const names = ['me', 'a', 'b', 'c', 'h', 'x', 'y', 'z1', 'z2', 'z3', 'e1', 'e2', 'r', 'bm', 'bb', 'mu', 'mx']
  const f = (from: string, to: string) => ({ follow: { from: n(from), to: n(to) } })
  await importRows(app, [
    ...names.map(s => ({ user: { id: n(s), username: `${p}${s}`, private: s === 'r' } })),
    f('me', 'a'), f('me', 'b'), f('me', 'c'),
    f('me', 'h'), { block: { from: n('h'), to: n('me') } }, // a follow hidden by a block: h is no via
    f('a', 'x'), f('b', 'x'), f('c', 'x'),
    f('a', 'y'), f('b', 'y'), f('h', 'y'), f('h', 'z1'),
    f('a', 'z1'), f('a', 'z2'), f('a', 'z3'), f('e1', 'z2'), f('e2', 'z2'),
    f('a', 'me'), // self
    f('a', 'b'), // already followed
    f('a', 'r'), { request: { from: n('me'), to: n('r') } }, // requested (r is private)
    f('a', 'bm'), { block: { from: n('me'), to: n('bm') } }, // blocked by me
    f('a', 'bb'), { block: { from: n('bb'), to: n('me') } }, // blocks me
    f('a', 'mu'), { mute: { from: n('me'), to: n('mu'), until: '2999-01-01T00:00:00.000Z' } }, // muted
    f('a', 'mx'), { mute: { from: n('me'), to: n('mx'), until: '2000-01-01T00:00:00.000Z' } } // mute expired
  ])

  const items = await suggestionsOf(app, n('me'), 6)
  t.same(items.map(i => [i.id, i.mutualCount]), [
    [n('x'), 3], [n('y'), 2], [n('z2'), 1], [n('z1'), 1], [n('mx'), 1], [n('z3'), 1]
  ], 'x (3), y (2), then ties by followers: z2 (3), z1 (2: h\'s follow counts there, not as mutual), then mx and z3 (1) by id')
  t.same([...items[0]!.via].sort(), [n('a'), n('b'), n('c')])
  t.same([...items[1]!.via].sort(), [n('a'), n('b')], 'the hidden follow to h does not make h a via')
  t.equal(items[0]!.score, 1, 'every sampled following follows x')
  t.equal(items[1]!.score, 0.6667)

  for (const k of [1, 2, 3]) {
    // Candidates are checked in rank order until `limit` pass: forbidden ones ranked between them are skipped.
    t.same(await suggestionsOf(app, n('me'), k), items.slice(0, k), `limit ${k}: the first ${k} of the same ranking`)
  }
  const all = await suggestionsOf(app, n('me'), 100)
  t.same(all.slice(0, 6), items, 'a larger limit starts with the same ranking')
  const forbidden = ['me', 'a', 'b', 'c', 'h', 'r', 'bm', 'bb', 'mu'].map(n)
  t.same(all.filter(i => forbidden.includes(i.id)), [], 'never self, followed, requested, blocked either way or muted')
  t.ok(all.slice(6).every(i => i.mutualCount === 0 && i.score === 0 && i.via.length === 0), 'then popular users fill the list')
  t.equal(new Set(all.map(i => i.id)).size, all.length, 'no user twice')
})

t.test('cold start: the most-followed users the user may still follow', async t => {
  const app = await build(t)
  const [a, b] = [uid('sc'), uid('sc')]
  await importRows(app, [{ user: { id: a, username: a } }, { user: { id: b, username: b } }])
  const first = await suggestionsOf(app, a, 10)
  t.equal(first.length, 10)
  t.ok(first.every(i => i.mutualCount === 0 && i.via.length === 0))
  const top = first[0]!.id
  await importRows(app, [{ block: { from: b, to: top } }])
  const second = await suggestionsOf(app, b, 10)
  t.notOk(second.some(i => i.id === top), 'a blocked user is not suggested')
  t.same(second.slice(0, 9).map(i => i.id).filter(id => id !== a), first.slice(1).map(i => i.id).filter(id => id !== b),
    'the same popular users, in the same order, without the blocked one')
})

t.test('own view only; unknown user 404; limit checked', async t => {
  const app = await build(t)
  const id = uid()
  await importRows(app, [{ user: { id, username: id } }])
  t.equal((await app.inject({ url: `/v1/users/${id}/suggestions`, headers: as(uid(), 'graph:read') })).statusCode, 403)
  t.equal((await app.inject({ url: `/v1/users/${id}/suggestions`, headers: service('graph:read') })).statusCode, 200)
  const missing = uid()
  const res = await app.inject({ url: `/v1/users/${missing}/suggestions`, headers: as(missing) })
  t.equal(res.statusCode, 404)
  t.equal(res.json().code, 'USER_NOT_FOUND')
  t.equal((await app.inject({ url: `/v1/users/${id}/suggestions?limit=101`, headers: as(id) })).statusCode, 400)
  t.equal((await app.inject({ url: `/v1/users/${id}/suggestions?limit=0`, headers: as(id) })).statusCode, 400)
})

t.test('only follows the reader may see are walked and counted (API.md v1.2)', async t => {
  const app = await build(t)
  const p = uid('sgv')
  const n = (s: string): string => `${p}_${s}`
  // s follows h (hidden network) and a (public). h follows y (private) and z (public); a follows z too.
  // s may not read h's following nor y's followers: h -> y is invisible to s. h -> z shows in z's followers.
  await importRows(app, [
    ...['s', 'h', 'a', 'y', 'z'].map(x => ({ user: { id: n(x), username: `${p}${x}`, private: x === 'y', hideNetwork: x === 'h' } })),
    { follow: { from: n('s'), to: n('h') } }, { follow: { from: n('s'), to: n('a') } }, { follow: { from: n('a'), to: n('z') } },
    { follow: { from: n('h'), to: n('z') } }
  ])
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${n('h')}/following/${n('y')}`, headers: as(n('h')) })).statusCode, 202)
  t.equal((await app.inject({ method: 'POST', url: `/v1/users/${n('y')}/follow-requests/${n('h')}/accept`, headers: as(n('y')) })).statusCode, 200)
  const mine = (await suggestionsOf(app, n('s'))).filter(i => i.mutualCount > 0)
  t.same(mine.map(i => [i.id, i.mutualCount, i.via]), [[n('z'), 2, [n('a')]]],
    'y (only through h\'s hidden following) is not suggested; z counts h\'s follow, which z\'s followers show, but names only a')
  const res = await app.inject({ url: `/v1/users/${n('s')}/suggestions`, headers: service() })
  t.same(res.json().items.filter((i: { mutualCount: number }) => i.mutualCount > 0).map((i: { id: string }) => i.id).sort(), [n('y'), n('z')].sort(), 'a service token sees every follow')
})
