import t from 'tap'
import { as, build, service } from '../../helper.js'
import { block, call, counts, follow, freshUsers, listIds, unblock, unfollow } from '../../graph-helper.js'

t.test('block: 201 new, 200 again; unblock 204 twice; blocks list and count', async t => {
  const app = await build(t)
  const [a, b] = await freshUsers(app, 2)
  t.same(await block(app, a!, b!), { status: 201, body: { state: 'blocking' } })
  t.same(await block(app, a!, b!), { status: 200, body: { state: 'blocking' } })
  t.same(await listIds(app, a!, 'blocks'), [b])
  t.match(await counts(app, a!), { blocks: 1 })
  t.match(await counts(app, b!), { blocks: 0 })
  t.same(await unblock(app, a!, b!), { status: 204, body: null })
  t.same(await unblock(app, a!, b!), { status: 204, body: null })
  t.same(await listIds(app, a!, 'blocks'), [])
  t.match(await counts(app, a!), { blocks: 0 })
})

t.test('block after follow: removes the blocker\'s follow, hides (keeps) the blocked user\'s follow; unblock restores only the kept one', async t => {
  const app = await build(t)
  const [a, b] = await freshUsers(app, 2)
  await follow(app, a!, b!)
  await follow(app, b!, a!)
  t.same(await listIds(app, a!, 'friends'), [b])
  t.equal((await block(app, a!, b!)).status, 201)

  for (const [id, list] of [[a, 'followers'], [a, 'following'], [a, 'friends'], [b, 'followers'], [b, 'following'], [b, 'friends']] as const) {
    t.same(await listIds(app, id!, list), [], `${list} of ${id === a ? 'blocker' : 'blocked'} is empty`)
  }
  t.same(await counts(app, a!), { followers: 0, following: 0, friends: 0, blocks: 1, mutes: 0, pendingRequests: 0 })
  t.same(await counts(app, b!), { followers: 0, following: 0, friends: 0, blocks: 0, mutes: 0, pendingRequests: 0 })
  t.same(await listIds(app, a!, 'followers', service(), '&includeBlocked=true'), [b], 'the blocked user\'s follow is kept')
  t.same(await listIds(app, b!, 'following', as(b!), '&includeBlocked=true'), [a])
  t.same(await listIds(app, a!, 'following', service(), '&includeBlocked=true'), [], 'the blocker\'s follow is gone')
  const rel = await call(app, 'GET', `/v1/users/${a}/relationships?ids=${b}`, as(a!))
  t.match(rel.body.items[0], { following: false, followedBy: true, blocking: true, blockedBy: false }, 'raw edges')

  t.equal((await unblock(app, a!, b!)).status, 204)
  t.same(await listIds(app, a!, 'followers'), [b], 'unblock makes the kept follow visible again')
  t.same(await listIds(app, a!, 'following'), [])
  t.same(await listIds(app, a!, 'friends'), [])
  t.match(await counts(app, a!), { followers: 1, following: 0, friends: 0, blocks: 0 })
  t.match(await counts(app, b!), { following: 1 })
})

t.test('follow after block: refused both ways (403 for the blocked, 409 for the blocker)', async t => {
  const app = await build(t)
  const [a, b] = await freshUsers(app, 2)
  await block(app, a!, b!)
  t.equal((await follow(app, b!, a!)).body.code, 'BLOCKED_BY_TARGET')
  t.equal((await follow(app, a!, b!)).body.code, 'UNBLOCK_FIRST')
  t.same(await listIds(app, a!, 'followers', service(), '&includeBlocked=true'), [], 'nothing was written')
  t.same(await listIds(app, b!, 'followers', service(), '&includeBlocked=true'), [])
})

t.test('a hidden follow can still be deleted by unfollow and by remove-follower', async t => {
  const app = await build(t)
  const [a, b, c] = await freshUsers(app, 3)
  await follow(app, b!, a!)
  await follow(app, c!, a!)
  await block(app, a!, b!)
  await block(app, a!, c!)
  t.equal((await unfollow(app, b!, a!)).status, 204)
  t.equal((await call(app, 'DELETE', `/v1/users/${a}/followers/${c}`, as(a!))).status, 204)
  await unblock(app, a!, b!)
  await unblock(app, a!, c!)
  t.same(await listIds(app, a!, 'followers'), [], 'both hidden follows were deleted, not just hidden')
})

t.test('blocking drops pending requests in both directions', async t => {
  const app = await build(t)
  const [a, b] = await freshUsers(app, 2, { private: true })
  t.equal((await follow(app, a!, b!)).status, 202)
  t.equal((await follow(app, b!, a!)).status, 202)
  t.match(await counts(app, a!), { pendingRequests: 1 })
  t.equal((await block(app, a!, b!)).status, 201)
  t.match(await counts(app, a!), { pendingRequests: 0 })
  t.match(await counts(app, b!), { pendingRequests: 0 })
  const rel = (await call(app, 'GET', `/v1/users/${a}/relationships?ids=${b}`, as(a!))).body.items[0]
  t.match(rel, { requested: false, requestedBy: false, blocking: true })
  t.equal((await follow(app, b!, a!)).body.code, 'BLOCKED_BY_TARGET', 'a request to someone who blocks you is 403')
})

t.test('blocks list is an own view', async t => {
  const app = await build(t)
  const [a, b] = await freshUsers(app, 2)
  await block(app, a!, b!)
  t.equal((await call(app, 'GET', `/v1/users/${a}/blocks`, as(a!))).status, 200)
  const other = await call(app, 'GET', `/v1/users/${a}/blocks`, as(b!))
  t.equal(other.status, 403)
  t.equal(other.body.code, 'FORBIDDEN')
  t.equal((await call(app, 'GET', `/v1/users/${a}/blocks?includeBlocked=true`, as(a!))).body.code, 'VALIDATION', 'blocks takes no includeBlocked')
})
