import t from 'tap'
import { as, build, service, uid, until } from '../../helper.js'
import { block, call, counts, follow, freshUsers } from '../../graph-helper.js'

const none = { following: false, followedBy: false, blocking: false, blockedBy: false, muting: false, requested: false, requestedBy: false, listBlocking: false, listMuting: false }

t.test('relationships: every flag, in the order asked, unknown ids exist: false', async t => {
  const app = await build(t)
  const [me, friend, blocker, blocked, muted, asker] = await freshUsers(app, 6)
  const [locked] = await freshUsers(app, 1, { private: true })
  await follow(app, me!, friend!); await follow(app, friend!, me!)
  await follow(app, me!, blocker!); await block(app, blocker!, me!) // my follow to blocker is kept, hidden
  await follow(app, blocked!, me!); await block(app, me!, blocked!) // blocked's follow to me is kept, hidden
  t.equal((await call(app, 'PUT', `/v1/users/${me}/mutes/${muted}`, as(me!))).status, 201)
  await follow(app, me!, locked!)
  await call(app, 'PATCH', `/v1/users/${me}`, as(me!), { private: true })
  t.equal((await follow(app, asker!, me!)).status, 202)
  const ghost = uid()
  const ids = [ghost, muted, blocked, friend, locked, blocker, asker, friend, me]
  const res = await call(app, 'GET', `/v1/users/${me}/relationships?ids=${ids.join(',')}`, as(me!))
  t.equal(res.status, 200)
  t.same(res.body.items, [
    { id: ghost, exists: false, ...none },
    { id: muted, exists: true, ...none, muting: true },
    { id: blocked, exists: true, ...none, blocking: true, followedBy: true },
    { id: friend, exists: true, ...none, following: true, followedBy: true },
    { id: locked, exists: true, ...none, requested: true },
    { id: blocker, exists: true, ...none, following: true, blockedBy: true },
    { id: asker, exists: true, ...none, requestedBy: true },
    { id: friend, exists: true, ...none, following: true, followedBy: true },
    { id: me, exists: true, ...none }
  ])
  t.same((await call(app, 'GET', `/v1/users/${asker}/relationships?ids=${me}`, service())).body.items,
    [{ id: me, exists: true, ...none, requested: true }], 'read by a service token')
})

t.test('relationships: validation, own view, unknown user', async t => {
  const app = await build(t)
  const [me, other] = await freshUsers(app, 2)
  for (const q of ['', '?ids=', '?ids=a,,b', '?ids=a,', '?ids=bad%20id', `?ids=${Array.from({ length: 101 }, (_, i) => `u${i}`).join(',')}`, '?ids=a&x=1']) {
    const res = await call(app, 'GET', `/v1/users/${me}/relationships${q}`, as(me!))
    t.equal(res.status, 400, q.slice(0, 30))
    t.equal(res.body.code, 'VALIDATION')
  }
  const hundred = Array.from({ length: 100 }, (_, i) => `${uid()}${i}`)
  const full = await call(app, 'GET', `/v1/users/${me}/relationships?ids=${hundred.join(',')}`, as(me!))
  t.same(full.body.items.map((i: { id: string }) => i.id), hundred, '100 ids, in order')
  const foreign = await call(app, 'GET', `/v1/users/${me}/relationships?ids=${other}`, as(other!))
  t.equal(foreign.status, 403)
  t.equal(foreign.body.code, 'FORBIDDEN')
  const ghost = uid()
  t.equal((await call(app, 'GET', `/v1/users/${ghost}/relationships?ids=${me}`, service())).body.code, 'USER_NOT_FOUND')
})

t.test('counts: all six fields; unexpired mutes only; incoming requests; unknown user 404', async t => {
  const app = await build(t)
  const [me, a, b, c] = await freshUsers(app, 4)
  const [locked] = await freshUsers(app, 1, { private: true })
  t.same(await counts(app, me!), { followers: 0, following: 0, friends: 0, blocks: 0, mutes: 0, pendingRequests: 0 })
  await follow(app, me!, a!); await follow(app, a!, me!); await follow(app, b!, me!)
  await block(app, me!, c!)
  await call(app, 'PUT', `/v1/users/${me}/mutes/${a}`, as(me!))
  const soon = new Date(Date.now() + 1500).toISOString()
  t.equal((await call(app, 'PUT', `/v1/users/${me}/mutes/${b}`, as(me!), { until: soon })).status, 201)
  await follow(app, me!, locked!)
  await follow(app, a!, locked!)
  t.same(await counts(app, me!), { followers: 2, following: 1, friends: 1, blocks: 1, mutes: 2, pendingRequests: 0 })
  t.same(await counts(app, locked!), { followers: 0, following: 0, friends: 0, blocks: 0, mutes: 0, pendingRequests: 2 })
  t.ok(await until(async () => (await counts(app, me!)).mutes === 1, 10_000), 'the mute expires')
  t.ok(Date.now() >= Date.parse(soon), 'not before its time')
  t.match(await counts(app, me!), { mutes: 1 }, 'an expired mute is not counted')
  t.match((await call(app, 'GET', `/v1/users/${me}/relationships?ids=${b},${a}`, as(me!))).body.items,
    [{ id: b, muting: false }, { id: a, muting: true }])
  const ghost = uid()
  const missing = await call(app, 'GET', `/v1/users/${ghost}/counts`, service())
  t.equal(missing.status, 404)
  t.equal(missing.body.code, 'USER_NOT_FOUND')
  t.equal((await call(app, 'GET', `/v1/users/${me}/counts`, as(a!))).status, 200, 'public')
})
