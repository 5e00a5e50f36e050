import t from 'tap'
import { admin, as, bearer, build, service, token, uid } from '../../helper.js'
import { block, call, counts, follow, freshUsers, listIds, removeFollower, unblock, unfollow } from '../../graph-helper.js'

t.test('follow: 201 new, 200 again; unfollow 204 twice; lists and counts follow', async t => {
  const app = await build(t)
  const [a, b] = await freshUsers(app, 2)
  t.same(await follow(app, a!, b!), { status: 201, body: { state: 'following' } })
  t.same(await follow(app, a!, b!), { status: 200, body: { state: 'following' } })
  t.same(await listIds(app, b!, 'followers'), [a])
  t.same(await listIds(app, a!, 'following'), [b])
  t.match(await counts(app, a!), { following: 1, followers: 0 })
  t.match(await counts(app, b!), { following: 0, followers: 1 })
  t.equal((await call(app, 'GET', `/v1/users/${a}/following/${b}`, service())).status, 204)
  const no = await call(app, 'GET', `/v1/users/${b}/following/${a}`, service())
  t.equal(no.status, 404)
  t.equal(no.body.code, 'NOT_FOLLOWING')

  t.same(await unfollow(app, a!, b!), { status: 204, body: null })
  t.same(await unfollow(app, a!, b!), { status: 204, body: null }, 'idempotent')
  t.same(await listIds(app, b!, 'followers'), [])
  t.match(await counts(app, b!), { followers: 0 })
})

t.test('rules in order: SELF_RELATION, USER_NOT_FOUND (id first), on every relationship route', async t => {
  const app = await build(t)
  const [a, b] = await freshUsers(app, 2)
  const ghost = uid()
  const routes: Array<['PUT' | 'DELETE' | 'GET', (x: string, y: string) => string]> = [
    ['PUT', (x, y) => `/v1/users/${x}/following/${y}`],
    ['DELETE', (x, y) => `/v1/users/${x}/following/${y}`],
    ['GET', (x, y) => `/v1/users/${x}/following/${y}`],
    ['DELETE', (x, y) => `/v1/users/${x}/followers/${y}`],
    ['PUT', (x, y) => `/v1/users/${x}/blocks/${y}`],
    ['DELETE', (x, y) => `/v1/users/${x}/blocks/${y}`]
  ]
  for (const [method, url] of routes) {
    const self = await call(app, method, url(a!, a!), as(a!))
    t.equal(self.status, 400, `${method} ${url('x', 'x')} self`)
    t.equal(self.body.code, 'SELF_RELATION')
    const ghostSelf = await call(app, method, url(ghost, ghost), as(ghost))
    t.equal(ghostSelf.body.code, 'SELF_RELATION', 'self is checked before existence')
    const missingTarget = await call(app, method, url(a!, ghost), as(a!))
    t.equal(missingTarget.status, 404)
    t.match(missingTarget.body, { code: 'USER_NOT_FOUND', message: `user '${ghost}' does not exist` })
    const missingActor = await call(app, method, url(ghost, b!), admin())
    t.match(missingActor.body, { code: 'USER_NOT_FOUND', message: `user '${ghost}' does not exist` })
    const both = await call(app, method, url(ghost, `${ghost}x`), admin())
    t.match(both.body, { code: 'USER_NOT_FOUND', message: `user '${ghost}' does not exist` }, 'id is reported first')
  }
})

t.test('BLOCKED_BY_TARGET (403) beats UNBLOCK_FIRST (409), even with a hidden follow', async t => {
  const app = await build(t)
  const [a, b] = await freshUsers(app, 2)
  t.equal((await follow(app, a!, b!)).status, 201)
  t.equal((await block(app, b!, a!)).status, 201, 'b blocks a: a keeps a hidden follow')
  const refused = await follow(app, a!, b!)
  t.equal(refused.status, 403)
  t.equal(refused.body.code, 'BLOCKED_BY_TARGET')
  t.equal((await block(app, a!, b!)).status, 201, 'a blocks b too')
  t.equal((await follow(app, a!, b!)).body.code, 'BLOCKED_BY_TARGET', 'rule 3 before rule 4')
  t.equal((await unblock(app, b!, a!)).status, 204)
  const mine = await follow(app, a!, b!)
  t.equal(mine.status, 409)
  t.equal(mine.body.code, 'UNBLOCK_FIRST')
  t.equal((await unblock(app, a!, b!)).status, 204)
  t.equal((await follow(app, a!, b!)).status, 201, 'free again; the block removed the old follow, so it is new')
})

t.test('private target: 202 requested, again 202 while pending; unfollow cancels; already following is 200', async t => {
  const app = await build(t)
  const [a, b] = await freshUsers(app, 2)
  const [p] = await freshUsers(app, 1, { private: true })
  t.same(await follow(app, a!, p!), { status: 202, body: { state: 'requested' } })
  t.same(await follow(app, a!, p!), { status: 202, body: { state: 'requested' } })
  t.match(await counts(app, p!), { followers: 0, pendingRequests: 1 })
  const rel = await call(app, 'GET', `/v1/users/${a}/relationships?ids=${p}`, as(a!))
  t.match(rel.body.items[0], { requested: true, following: false })
  t.same(await unfollow(app, a!, p!), { status: 204, body: null })
  t.match(await counts(app, p!), { pendingRequests: 0 })
  t.match((await call(app, 'GET', `/v1/users/${a}/relationships?ids=${p}`, as(a!))).body.items[0], { requested: false })

  // Followed while public, then the account turns private: still following (200), no request.
  t.equal((await follow(app, b!, a!)).status, 201)
  t.equal((await call(app, 'PATCH', `/v1/users/${a}`, as(a!), { private: true })).status, 200)
  t.same(await follow(app, b!, a!), { status: 200, body: { state: 'following' } })
  t.match(await counts(app, a!), { followers: 1, pendingRequests: 0 })
})

t.test('remove a follower: 204, idempotent, the follower loses the edge', async t => {
  const app = await build(t)
  const [a, b] = await freshUsers(app, 2)
  await follow(app, b!, a!)
  t.same(await removeFollower(app, a!, b!), { status: 204, body: null })
  t.same(await removeFollower(app, a!, b!), { status: 204, body: null })
  t.same(await listIds(app, a!, 'followers'), [])
  t.same(await listIds(app, b!, 'following'), [])
  t.equal((await follow(app, b!, a!)).status, 201, 'the follower may follow again')
})

t.test('writes are on behalf of the token user (or graph:admin)', async t => {
  const app = await build(t)
  const [a, b] = await freshUsers(app, 2)
  const other = await call(app, 'PUT', `/v1/users/${a}/following/${b}`, as(b!))
  t.equal(other.status, 403)
  t.equal(other.body.code, 'FORBIDDEN')
  t.equal((await call(app, 'PUT', `/v1/users/${a}/following/${b}`, as(a!, 'graph:read'))).status, 403, 'needs graph:write')
  t.equal((await call(app, 'PUT', `/v1/users/${a}/following/${b}`, service())).status, 403, 'a service token needs graph:admin')
  t.equal((await call(app, 'PUT', `/v1/users/${a}/following/${b}`, admin())).status, 201)
  t.equal((await call(app, 'PUT', `/v1/users/${a}/following/${b}`, {})).status, 401)
  t.equal((await call(app, 'DELETE', `/v1/users/${a}/followers/${b}`, as(b!))).status, 403)
  t.equal((await call(app, 'GET', `/v1/users/${a}/following/${b}`, bearer(token({ sub: b!, scope: 'graph:write' })))).status, 403, 'reads need graph:read')
})

t.test('GET following/{target}: includeBlocked is an own view and shows hidden follows', async t => {
  const app = await build(t)
  const [a, b, c] = await freshUsers(app, 3)
  await follow(app, a!, b!)
  await block(app, b!, a!)
  t.equal((await call(app, 'GET', `/v1/users/${a}/following/${b}`, service())).status, 404, 'hidden')
  t.equal((await call(app, 'GET', `/v1/users/${a}/following/${b}?includeBlocked=true`, service())).status, 204)
  t.equal((await call(app, 'GET', `/v1/users/${a}/following/${b}?includeBlocked=true`, as(a!))).status, 204)
  const foreign = await call(app, 'GET', `/v1/users/${a}/following/${b}?includeBlocked=true`, as(c!))
  t.equal(foreign.status, 403)
  t.equal(foreign.body.code, 'FORBIDDEN')
  t.equal((await call(app, 'GET', `/v1/users/${a}/following/${b}?includeBlocked=maybe`, service())).body.code, 'VALIDATION')
  await unblock(app, b!, a!)
  t.equal((await call(app, 'GET', `/v1/users/${a}/following/${b}`, service())).status, 204, 'visible again')
})
