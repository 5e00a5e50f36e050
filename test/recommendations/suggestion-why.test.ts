// Why each suggestion is made (the Suggestion schema's `why`), in words, under the reader view: only the via
// users the reader may see named are named, the others counted; "follows you" by a follow the reader may see;
// never a user in a block relation with the reader.
import t from 'tap'
import { reasonsFor } from '../../src/queries/suggestions.js'
import type { SuggestionReason } from '../../src/schemas/suggestions.js'
import { as, build, importRows, service, uid } from '../helper.js'
import { suggestionsOf } from './suggestions-of.js'

t.test('the words: names, how many others, follows you, popular or the wider network', async t => {
  const usernames = new Map([['a', 'alice'], ['b', 'bob'], ['c', 'carol']])
  const no = { followsYou: false, popular: false, usernames }
  const text = (s: { mutualCount: number, via: string[] }, facts = no): string[] => reasonsFor(s, facts).map(r => r.text)
  t.same(text({ mutualCount: 5, via: ['a', 'b'] }), ['followed by alice, bob and 3 others you follow'])
  t.same(text({ mutualCount: 3, via: ['a', 'b'] }), ['followed by alice, bob and 1 other you follow'])
  t.same(text({ mutualCount: 3, via: ['a', 'b', 'c'] }), ['followed by alice, bob and carol'])
  t.same(text({ mutualCount: 1, via: ['a'] }), ['followed by alice'])
  t.same(text({ mutualCount: 2, via: [] }), ['followed by 2 people you follow'])
  t.same(text({ mutualCount: 1, via: [] }), ['followed by 1 person you follow'])
  t.same(reasonsFor({ mutualCount: 2, via: ['a'] }, { ...no, followsYou: true }), [
    { kind: 'followed-by', text: 'followed by alice and 1 other you follow', users: ['a'] },
    { kind: 'follows-you', text: 'follows you', users: [] }
  ])
  t.same(text({ mutualCount: 0, via: [] }, { ...no, popular: true }), ['popular'])
  t.same(text({ mutualCount: 0, via: [] }), ['in your wider network'])
})

t.test('served: a via who hides its network counted, not named; follows you; popular fill; a block hides a reason', async t => {
  const app = await build(t)
  const p = uid('wy')
  const n = (s: string): string => `${p}_${s}`
  const f = (from: string, to: string): unknown => ({ follow: { from: n(from), to: n(to) } })
  await importRows(app, [
    ...['me', 'a', 'b', 'h', 'x', 'fan', 'q'].map(s => ({ user: { id: n(s), username: `${p}${s}`, hideNetwork: s === 'h' } })),
    f('me', 'a'), f('me', 'b'), f('me', 'h'), f('a', 'x'), f('b', 'x'), f('h', 'x'), f('fan', 'me'), f('a', 'fan')
  ])
  const x = (await suggestionsOf(app, n('me'))).find(i => i.id === n('x'))!
  t.equal(x.mutualCount, 3)
  t.equal(x.why.length, 1)
  t.equal(x.why[0]!.kind, 'followed-by')
  t.same([...x.why[0]!.users].sort(), [n('a'), n('b')], 'h hides its network: counted, not named (friends of friends)')
  const [first, second] = x.why[0]!.users.map(u => `${p}${u.slice(p.length + 1)}`)
  t.equal(x.why[0]!.text, `followed by ${first}, ${second} and 1 other you follow`, 'named in via order (newest followed first), by username')
  const asService = (await suggestionsOf(app, n('me'), 40, service('graph:read'))).find(i => i.id === n('x'))!
  t.equal(asService.why[0]!.users.length, 3, 'a service token sees every via named')

  const items = await suggestionsOf(app, n('me'), 40)
  const fan = items.find(i => i.id === n('fan'))
  t.same(fan?.why, [
    { kind: 'followed-by', text: `followed by ${p}a`, users: [n('a')] },
    { kind: 'follows-you', text: 'follows you', users: [] }
  ], 'fan, followed by a, follows me')
  t.ok(items.every(i => i.why.length >= 1), 'every suggestion says why')
  t.ok(items.filter(i => i.mutualCount === 0).every(i => i.why[0]!.kind === 'popular'), 'the fill: popular')

  // A block hides fan's follow: fan is neither suggested nor said to follow me.
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${n('me')}/blocks/${n('fan')}`, headers: as(n('me')) })).statusCode, 201)
  t.notOk((await suggestionsOf(app, n('me'), 40)).some(i => i.id === n('fan') || i.why.some(w => w.users.includes(n('fan')))))
})
