// Block and mute lists: subscribing and its bad input, and what a list block does to every rule and read
// (API.md: the subscriber stands to each member as if it BLOCKS it, nothing is deleted, and it ends the moment
// the membership, the subscription or the list does), with the stored hidden-edge counters checked against
// the edges after every step.
import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { readQuery } from '../../../src/queries/cypher.js'
import { admin, as, build, service, until } from '../../helper.js'
import { call, follow, freshUsers, listIds } from '../../graph-helper.js'

const recount = readQuery('testing/hidden-counters')

interface T { same: (found: unknown, wanted: unknown, message: string) => unknown }

/** The stored hidden-edge counters of `ids` equal a recount from the edges. */
async function countersExact (t: T, app: FastifyInstance, ids: string[], step: string): Promise<void> {
  type Row = { id: string, storedFollowers: number, storedFollowing: number, storedRequests: number, trueFollowers: number, trueFollowing: number, trueRequests: number }
  const rows = await app.db.run<Row>(recount, { ids })
  t.same(rows.filter(r => r.storedFollowers !== r.trueFollowers || r.storedFollowing !== r.trueFollowing || r.storedRequests !== r.trueRequests), [],
    `${step}: stored counters = edges`)
}

const moderationList = async (app: FastifyInstance, owner: string, list = 'mod'): Promise<void> => {
  const res = await call(app, 'PUT', `/v1/users/${owner}/lists/${list}`, as(owner), { name: list, purpose: 'moderation' })
  if (res.status !== 201) throw new Error(`PUT list: ${res.status} ${JSON.stringify(res.body)}`)
}
const addMember = async (app: FastifyInstance, owner: string, member: string, list = 'mod') =>
  await call(app, 'PUT', `/v1/users/${owner}/lists/${list}/members/${member}`, as(owner))
const removeMember = async (app: FastifyInstance, owner: string, member: string, list = 'mod') =>
  await call(app, 'DELETE', `/v1/users/${owner}/lists/${list}/members/${member}`, as(owner))
const subscribe = async (app: FastifyInstance, user: string, owner: string, type = 'block', list = 'mod') =>
  await call(app, 'PUT', `/v1/users/${user}/list-${type}s/${owner}/${list}`, as(user))
const unsubscribe = async (app: FastifyInstance, user: string, owner: string, type = 'block', list = 'mod') =>
  await call(app, 'DELETE', `/v1/users/${user}/list-${type}s/${owner}/${list}`, as(user))

t.test('subscribing: answers, the subscription lists, and bad input', async t => {
  const app = await build(t)
  const [o, s, x] = await freshUsers(app, 3) as [string, string, string]
  await moderationList(app, o)
  t.equal((await call(app, 'PUT', `/v1/users/${o}/lists/pack`, as(o), { name: 'pack', purpose: 'curation' })).status, 201)
  const first = await subscribe(app, s, o)
  t.equal(first.status, 201)
  t.match(first.body, { id: 'mod', owner: o, name: 'mod', purpose: 'moderation', memberCount: 0 })
  t.equal((await subscribe(app, s, o)).status, 200, 'again: 200')
  t.equal((await subscribe(app, s, o, 'mute')).status, 201, 'muting is a subscription of its own')
  t.same((await call(app, 'GET', `/v1/users/${s}/list-blocks`, as(s))).body.items.map((l: { owner: string, id: string }) => `${l.owner}/${l.id}`), [`${o}/mod`])
  t.same((await call(app, 'GET', `/v1/users/${s}/list-mutes`, service())).body.items.map((l: { owner: string, id: string }) => `${l.owner}/${l.id}`), [`${o}/mod`])
  t.equal((await subscribe(app, o, o)).status, 201, 'subscribing to one\'s own list is allowed')

  const cases: Array<[string, 'GET' | 'PUT' | 'DELETE', string, Record<string, string>, number, string | undefined]> = [
    ['a curation list', 'PUT', `/v1/users/${s}/list-blocks/${o}/pack`, as(s), 409, 'NOT_A_MODERATION_LIST'],
    ['a curation list (mute)', 'PUT', `/v1/users/${s}/list-mutes/${o}/pack`, as(s), 409, 'NOT_A_MODERATION_LIST'],
    ['an unknown list', 'PUT', `/v1/users/${s}/list-blocks/${o}/nope`, as(s), 404, 'LIST_NOT_FOUND'],
    ['an unknown list (unsubscribe: nothing to undo, and no list-id oracle)', 'DELETE', `/v1/users/${s}/list-blocks/${o}/nope`, as(s), 204, undefined],
    ['an unknown owner', 'PUT', `/v1/users/${s}/list-blocks/nobody-here/mod`, as(s), 404, 'USER_NOT_FOUND'],
    ['an unknown subscriber', 'PUT', `/v1/users/nobody-here/list-blocks/${o}/mod`, admin(), 404, 'USER_NOT_FOUND'],
    ['an unknown subscriber (list)', 'GET', '/v1/users/nobody-here/list-blocks', service(), 404, 'USER_NOT_FOUND'],
    ['a bad list id', 'PUT', `/v1/users/${s}/list-blocks/${o}/bad.id`, as(s), 400, 'VALIDATION'],
    ['a bad owner id', 'PUT', `/v1/users/${s}/list-mutes/bad.id/mod`, as(s), 400, 'VALIDATION'],
    ['a bad limit', 'GET', `/v1/users/${s}/list-blocks?limit=1001`, as(s), 400, 'VALIDATION'],
    ["another user's subscription", 'PUT', `/v1/users/${s}/list-blocks/${o}/mod`, as(x), 403, 'FORBIDDEN'],
    ["another user's subscriptions", 'GET', `/v1/users/${s}/list-mutes`, as(x), 403, 'FORBIDDEN']
  ]
  for (const [what, method, url, headers, status, code] of cases) {
    const res = await call(app, method, url, headers)
    t.same([res.status, res.body?.code], [status, code], what)
  }
  t.equal((await unsubscribe(app, s, o)).status, 204)
  t.equal((await unsubscribe(app, s, o)).status, 204, 'idempotent')
  t.same((await call(app, 'GET', `/v1/users/${s}/list-blocks`, as(s))).body.items, [])
})

t.test('a list block hides follows both ways, refuses follows, and ends with the membership, the subscription or the list', async t => {
  const app = await build(t)
  const [o, s, m, f] = await freshUsers(app, 4) as [string, string, string, string]
  const all = [o, s, m, f]
  // s and m follow each other (friends); f follows both.
  for (const [a, b] of [[s, m], [m, s], [f, s], [f, m]] as const) t.equal((await follow(app, a, b)).status, 201)
  await moderationList(app, o)
  t.equal((await addMember(app, o, m)).status, 201)
  const counts = async (id: string) => (await call(app, 'GET', `/v1/users/${id}/counts`, service())).body
  t.same([(await counts(s)).followers, (await counts(s)).friends], [2, 1], 'before the subscription')

  t.equal((await subscribe(app, s, o)).status, 201)
  await countersExact(t, app, all, 'after subscribing')
  t.same(await listIds(app, s, 'followers'), [f], "the member's follow of the subscriber is hidden")
  t.same(await listIds(app, s, 'following'), [], "the subscriber's follow of the member is hidden, not deleted")
  t.same(await listIds(app, s, 'following', as(s), '&includeBlocked=true'), [m], 'still there with includeBlocked')
  t.same(await listIds(app, m, 'followers'), [f])
  t.same(await listIds(app, s, 'friends'), [])
  t.match(await counts(s), { followers: 1, following: 0, friends: 0 })
  t.match(await counts(m), { followers: 1, following: 0, friends: 0 })
  t.equal((await call(app, 'GET', `/v1/users/${s}/following/${m}`, service())).status, 404, 'the lookup answers as the list')
  const rel = (await call(app, 'GET', `/v1/users/${s}/relationships?ids=${m},${o}`, as(s))).body.items
  t.match(rel, [{ id: m, following: true, followedBy: true, blocking: false, listBlocking: true, listMuting: false }, { id: o, listBlocking: false }],
    'relationships: raw edges, and listBlocking')
  // Viewer filtering: each is left out of what the other is shown.
  t.same(await listIds(app, f, 'following', as(s)), [s], "the member is left out of what the subscriber reads")
  t.same(await listIds(app, f, 'following', as(m)), [m], 'and the subscriber out of what the member reads')
  t.same((await call(app, 'GET', `/v1/users/${o}/lists/mod/members`, as(s))).body.items, [], 'and out of the list read by the subscriber')
  // The rules: as if s BLOCKS m.
  t.same((await call(app, 'PUT', `/v1/users/${s}/following/${m}`, as(s))).body.code, 'UNBLOCK_FIRST', 'the subscriber may not follow the member')
  t.same((await call(app, 'PUT', `/v1/users/${m}/following/${s}`, as(m))).body.code, 'BLOCKED_BY_TARGET', 'the member may not follow the subscriber')

  t.equal((await removeMember(app, o, m)).status, 204)
  await countersExact(t, app, all, 'after removing the member')
  t.same(await listIds(app, s, 'following'), [m], 'the follow shows again the moment the member leaves')
  t.match(await counts(s), { followers: 2, following: 1, friends: 1 })
  t.equal((await addMember(app, o, m)).status, 201)
  await countersExact(t, app, all, 'after adding it again')
  t.match(await counts(s), { followers: 1, following: 0, friends: 0 })
  t.equal((await unsubscribe(app, s, o)).status, 204)
  await countersExact(t, app, all, 'after unsubscribing')
  t.match(await counts(s), { followers: 2, following: 1, friends: 1 })
  t.equal((await subscribe(app, s, o)).status, 201)
  t.equal((await call(app, 'DELETE', `/v1/users/${o}/lists/mod`, as(o))).status, 204)
  await countersExact(t, app, all, 'after deleting the list')
  t.match(await counts(s), { followers: 2, following: 1, friends: 1 })
  t.same((await call(app, 'GET', `/v1/users/${s}/list-blocks`, as(s))).body.items, [], 'the subscription went with the list')
})

t.test('a pair hidden by a direct block and by two lists is counted once', async t => {
  const app = await build(t)
  const [o, s, m] = await freshUsers(app, 3) as [string, string, string]
  t.equal((await follow(app, m, s)).status, 201)
  await moderationList(app, o, 'one')
  await moderationList(app, o, 'two')
  for (const list of ['one', 'two']) {
    t.equal((await addMember(app, o, m, list)).status, 201)
    t.equal((await subscribe(app, s, o, 'block', list)).status, 201)
  }
  t.equal((await call(app, 'PUT', `/v1/users/${s}/blocks/${m}`, as(s))).status, 201)
  await countersExact(t, app, [o, s, m], 'three reasons')
  t.equal((await call(app, 'GET', `/v1/users/${s}/counts`, service())).body.followers, 0)
  t.equal((await call(app, 'DELETE', `/v1/users/${s}/blocks/${m}`, as(s))).status, 204)
  t.equal((await unsubscribe(app, s, o, 'block', 'one')).status, 204)
  await countersExact(t, app, [o, s, m], 'one reason left')
  t.equal((await call(app, 'GET', `/v1/users/${s}/counts`, service())).body.followers, 0, 'still hidden by the other list')
  t.equal((await removeMember(app, o, m, 'two')).status, 204)
  await countersExact(t, app, [o, s, m], 'no reason left')
  t.equal((await call(app, 'GET', `/v1/users/${s}/counts`, service())).body.followers, 1)
})

t.test('one\'s own list never blocks or mutes oneself', async t => {
  const app = await build(t)
  const [o, f] = await freshUsers(app, 2) as [string, string]
  t.equal((await follow(app, f, o)).status, 201)
  t.equal((await follow(app, o, f)).status, 201)
  await moderationList(app, o)
  t.equal((await addMember(app, o, o)).status, 201)
  t.equal((await subscribe(app, o, o)).status, 201)
  t.equal((await subscribe(app, o, o, 'mute')).status, 201)
  t.same(await listIds(app, o, 'followers', as(o)), [f])
  t.same(await listIds(app, f, 'followers', as(o)), [o], 'the owner reading a list that holds itself sees itself')
  t.same((await call(app, 'GET', `/v1/users/${o}/lists/mod/members`, as(o))).body.items.map((i: { id: string }) => i.id), [o])
  t.match((await call(app, 'GET', `/v1/users/${o}/relationships?ids=${o}`, as(o))).body.items, [{ id: o, listBlocking: false, listMuting: false }])
  t.match((await call(app, 'GET', `/v1/users/${o}/counts`, service())).body, { followers: 1, following: 1, friends: 1 })
  // Adding f to the list blocks f for o, and f's follow of o is hidden.
  t.equal((await addMember(app, o, f)).status, 201)
  t.match((await call(app, 'GET', `/v1/users/${o}/counts`, service())).body, { followers: 0, following: 0, friends: 0 })
  await countersExact(t, app, [o, f], 'own list')
})

t.test('requests: hidden by a list block, accepts refused, dropped when the account turns public', async t => {
  const app = await build(t, { changes: { retentionMs: 7 * 86_400_000, lagMs: 0 } })
  const [o, p, r, q] = await freshUsers(app, 4) as [string, string, string, string]
  t.equal((await call(app, 'PATCH', `/v1/users/${p}`, as(p), { private: true })).status, 200)
  for (const a of [r, q]) t.equal((await follow(app, a, p)).status, 202)
  await moderationList(app, o)
  t.equal((await addMember(app, o, r)).status, 201)
  t.equal((await subscribe(app, p, o)).status, 201)
  await countersExact(t, app, [p, r, q], 'a hidden request')
  t.same((await call(app, 'GET', `/v1/users/${p}/follow-requests`, as(p))).body.items.map((i: { id: string }) => i.id), [q], 'the list-blocked requester is hidden')
  t.equal((await call(app, 'GET', `/v1/users/${p}/counts`, as(p))).body.pendingRequests, 1)
  const accept = await app.inject({ method: 'POST', url: `/v1/users/${p}/follow-requests/${r}/accept`, headers: as(p) })
  t.same([accept.statusCode, accept.json().code], [409, 'UNBLOCK_FIRST'], 'accepting it is refused as under a block')
  const latest = (await app.inject({ url: '/v1/changes/latest', headers: admin() })).json().next
  t.equal((await call(app, 'PATCH', `/v1/users/${p}`, as(p), { private: false })).status, 200)
  await countersExact(t, app, [p, r, q], 'after turning public')
  t.same(await listIds(app, p, 'followers'), [q], 'the visible request was accepted, the hidden one dropped')
  t.equal((await call(app, 'GET', `/v1/users/${p}/relationships?ids=${r}`, as(p))).body.items[0].requestedBy, false)
  t.equal((await call(app, 'DELETE', `/v1/users/${o}/lists/mod/members/${r}`, as(o))).status, 204)
  t.same(await listIds(app, p, 'followers'), [q], 'nothing comes back when the list block ends')
  // The feed says what happened to each request.
  const seen = new Set<string>()
  await until(async () => {
    const page = (await app.inject({ url: '/v1/changes', query: { after: latest, limit: '1000' }, headers: admin() })).json()
    for (const c of page.items as Array<{ type: string, actor: string, target: string }>) if (c.actor === p) seen.add(`${c.type} ${c.target}`)
    return seen.size >= 2
  }, 10_000, 100)
  t.ok(seen.has(`follow.accepted ${q}`) && seen.has(`follow.rejected ${r}`), `the feed records both: ${[...seen].join(', ')}`)
})

t.test('mute lists: never suggested, listMuting; follows unaffected', async t => {
  const app = await build(t)
  const [o, s, a, c] = await freshUsers(app, 4) as [string, string, string, string]
  // s follows a, a follows c: c is suggested to s.
  for (const [x, y] of [[s, a], [a, c]] as const) t.equal((await follow(app, x, y)).status, 201)
  const suggested = async () => (await call(app, 'GET', `/v1/users/${s}/suggestions`, as(s))).body.items.map((i: { id: string }) => i.id)
  t.ok((await suggested()).includes(c), 'suggested before')
  await moderationList(app, o)
  t.equal((await addMember(app, o, c)).status, 201)
  t.equal((await subscribe(app, s, o, 'mute')).status, 201)
  t.notOk((await suggested()).includes(c), 'a list-muted user is never suggested')
  t.match((await call(app, 'GET', `/v1/users/${s}/relationships?ids=${c}`, as(s))).body.items, [{ listMuting: true, listBlocking: false, muting: false }])
  t.equal((await call(app, 'GET', `/v1/users/${s}/counts`, as(s))).body.mutes, 0, 'the mutes count is of direct mutes')
  t.equal((await follow(app, s, c)).status, 201, 'a mute list does not stop a follow')
  t.equal((await unsubscribe(app, s, o, 'mute')).status, 204)
  t.match((await call(app, 'GET', `/v1/users/${s}/relationships?ids=${c}`, as(s))).body.items, [{ listMuting: false }])
  // A block list keeps a member out of suggestions too.
  t.equal((await call(app, 'DELETE', `/v1/users/${s}/following/${c}`, as(s))).status, 204)
  t.ok((await suggested()).includes(c), 'suggested again')
  t.equal((await subscribe(app, s, o)).status, 201)
  t.notOk((await suggested()).includes(c), 'a list-blocked user is never suggested')
})

t.test('deleting a member, a subscriber or an owner keeps every counter exact', async t => {
  const app = await build(t)
  const [o, s1, s2, m1, m2, f] = await freshUsers(app, 6) as [string, string, string, string, string, string]
  const all = [o, s1, s2, m1, m2, f]
  for (const [a, b] of [[s1, m1], [m1, s1], [s2, m1], [m2, s2], [m2, s1], [f, m1], [f, s1], [m1, o]] as const) t.equal((await follow(app, a, b)).status, 201)
  await moderationList(app, o)
  for (const m of [m1, m2]) t.equal((await addMember(app, o, m)).status, 201)
  for (const s of [s1, s2, o]) t.equal((await subscribe(app, s, o)).status, 201)
  await countersExact(t, app, all, 'set up')
  t.equal((await call(app, 'DELETE', `/v1/users/${m2}`, admin())).status, 204)
  await countersExact(t, app, [o, s1, s2, m1, f], 'a member deleted')
  t.equal((await call(app, 'DELETE', `/v1/users/${s2}`, admin())).status, 204)
  await countersExact(t, app, [o, s1, m1, f], 'a subscriber deleted')
  t.match((await call(app, 'GET', `/v1/users/${s1}/counts`, service())).body, { followers: 1, following: 0 })
  t.equal((await call(app, 'DELETE', `/v1/users/${o}`, admin())).status, 204)
  await countersExact(t, app, [s1, m1, f], 'the owner deleted, with its list')
  t.match((await call(app, 'GET', `/v1/users/${s1}/counts`, service())).body, { followers: 2, following: 1, friends: 1 })
  t.same((await call(app, 'GET', `/v1/users/${s1}/list-blocks`, as(s1))).body.items, [])
})

t.test('bulk follow of a list ("follow all"): its first members, each through the follow rules, within the owner\'s rules', async t => {
  const app = await build(t)
  const [o, me, a, b, c, stranger] = await freshUsers(app, 6) as [string, string, string, string, string, string]
  t.equal((await call(app, 'PUT', `/v1/users/${o}/lists/pack`, as(o), { name: 'pack', purpose: 'curation' })).status, 201)
  for (const m of [a, b, c, me]) t.equal((await addMember(app, o, m, 'pack')).status, 201)
  t.equal((await call(app, 'PATCH', `/v1/users/${c}`, as(c), { private: true })).status, 200)
  t.equal((await call(app, 'PUT', `/v1/users/${b}/blocks/${me}`, as(b))).status, 201)
  const res = await app.inject({ method: 'POST', url: `/v1/users/${me}/following`, headers: as(me), payload: { list: { owner: o, list: 'pack' } } })
  t.equal(res.statusCode, 200)
  t.same(res.json().items, [
    { target: me, status: 400, code: 'SELF_RELATION' },
    { target: c, status: 202, state: 'requested' },
    { target: a, status: 201, state: 'following' }
  ], 'newest member first; the member who blocks the actor is left out, as the list reads to it')
  t.same(await listIds(app, me, 'following'), [a])

  const unknown = await app.inject({ method: 'POST', url: `/v1/users/${me}/following`, headers: as(me), payload: { list: { owner: o, list: 'nope' } } })
  t.same([unknown.statusCode, unknown.json().code], [404, 'LIST_NOT_FOUND'])
  const noOwner = await app.inject({ method: 'POST', url: `/v1/users/${me}/following`, headers: as(me), payload: { list: { owner: 'nobody-here', list: 'pack' } } })
  t.same([noOwner.statusCode, noOwner.json().code], [404, 'USER_NOT_FOUND'])
  const both = await app.inject({ method: 'POST', url: `/v1/users/${me}/following`, headers: as(me), payload: { targets: [a], list: { owner: o, list: 'pack' } } })
  t.same([both.statusCode, both.json().code], [400, 'VALIDATION'], 'targets or list, not both')
  t.equal((await call(app, 'PATCH', `/v1/users/${o}`, as(o), { hideNetwork: true })).status, 200)
  const hidden = await app.inject({ method: 'POST', url: `/v1/users/${stranger}/following`, headers: as(stranger), payload: { list: { owner: o, list: 'pack' } } })
  t.same([hidden.statusCode, hidden.json().code], [403, 'HIDDEN_NETWORK'], "the owner's access rules apply to the members")
  t.same(await listIds(app, stranger, 'following'), [], 'nothing was followed')
})

t.test('a list of more than 150 members: the first 150, newest first', async t => {
  const app = await build(t)
  const [o, me] = await freshUsers(app, 2) as [string, string]
  const members = await freshUsers(app, 160)
  t.equal((await call(app, 'PUT', `/v1/users/${o}/lists/big`, as(o), { name: 'big', purpose: 'curation' })).status, 201)
  for (const m of members) t.equal((await addMember(app, o, m, 'big')).status, 201)
  const res = await app.inject({ method: 'POST', url: `/v1/users/${me}/following`, headers: as(me), payload: { list: { owner: o, list: 'big' } } })
  const items = res.json().items as Array<{ target: string, status: number }>
  t.equal(items.length, 150)
  t.same(items.map(i => i.target), members.slice(10).reverse(), 'the 150 added last, newest first')
  t.ok(items.every(i => i.status === 201))
})

t.test('the lists of a private or hidden-network owner: subscribing needs the right to read its network (API.md v1.2)', async t => {
  const app = await build(t)
  const [p, m, x, f] = await freshUsers(app, 4) as [string, string, string, string]
  await moderationList(app, p, 'watch')
  t.equal((await addMember(app, p, m, 'watch')).status, 201)
  t.equal((await call(app, 'PATCH', `/v1/users/${p}`, as(p), { private: true })).status, 200)
  t.equal((await call(app, 'PUT', `/v1/users/${f}/following/${p}`, as(f))).status, 202)
  t.equal((await call(app, 'POST', `/v1/users/${p}/follow-requests/${f}/accept`, as(p))).status, 200)

  for (const type of ['block', 'mute']) {
    for (const list of ['watch', 'nope']) {
      const res = await subscribe(app, x, p, type, list)
      t.same([res.status, res.body?.code], [403, 'PRIVATE_ACCOUNT'], `a stranger, list-${type}s of ${list}: the same 403 for a known and an unknown list`)
    }
  }
  const flags = async (user: string) => (await call(app, 'GET', `/v1/users/${user}/relationships?ids=${m}`, as(user))).body.items[0]
  t.match(await flags(x), { listBlocking: false, listMuting: false }, 'the stranger learned nothing of the members')
  t.equal((await call(app, 'GET', `/v1/users/${p}/lists/watch/members`, as(x))).status, 403, 'nor may it read them')
  t.equal((await subscribe(app, f, p, 'mute', 'watch')).status, 201, 'a follower may subscribe')
  t.match(await flags(f), { listMuting: true })
  t.equal((await subscribe(app, f, p, 'block', 'watch')).status, 201)

  t.equal((await call(app, 'PATCH', `/v1/users/${p}`, as(p), { hideNetwork: true })).status, 200)
  t.match(await flags(f), { listMuting: true, listBlocking: true }, 'a subscription made while allowed stays in force')
  t.same([(await subscribe(app, f, p, 'mute', 'nope')).body?.code], ['HIDDEN_NETWORK'], 'a hidden network: nobody else subscribes anew')
  t.equal((await call(app, 'PUT', `/v1/users/${f}/list-mutes/${p}/watch`, admin())).status, 200, 'an admin token may')
  t.equal((await unsubscribe(app, f, p, 'mute', 'watch')).status, 204, 'unsubscribing is always allowed')
  t.equal((await unsubscribe(app, x, p, 'mute', 'nope')).status, 204, 'and tells nothing of which lists exist')
})
