// Lists: create, update, read, delete; members; listed-in; pagination; and each route's bad input.
import t from 'tap'
import { admin, as, build, service } from '../../helper.js'
import { block, call, freshUsers } from '../../graph-helper.js'

t.test('a list is created, updated, read and deleted; its purpose is fixed', async t => {
  const app = await build(t)
  const [o] = await freshUsers(app, 1) as [string]
  const created = await call(app, 'PUT', `/v1/users/${o}/lists/pack`, as(o), { name: 'Starter pack', purpose: 'curation' })
  t.equal(created.status, 201)
  t.match(created.body, { id: 'pack', owner: o, name: 'Starter pack', purpose: 'curation', description: '', memberCount: 0 })
  t.ok(Date.parse(created.body.createdAt) > Date.now() - 60_000, 'createdAt is now')
  const updated = await call(app, 'PUT', `/v1/users/${o}/lists/pack`, as(o), { name: 'Pack', purpose: 'curation', description: 'hello' })
  t.equal(updated.status, 200)
  t.same(updated.body, { ...created.body, name: 'Pack', description: 'hello' }, 'same list, new fields, same createdAt')
  t.same((await call(app, 'GET', `/v1/users/${o}/lists/pack`, service())).body, updated.body, 'GET answers it')

  const refused = await call(app, 'PUT', `/v1/users/${o}/lists/pack`, as(o), { name: 'Pack', purpose: 'moderation' })
  t.same([refused.status, refused.body.code], [409, 'PURPOSE_FIXED'])
  t.equal((await call(app, 'GET', `/v1/users/${o}/lists/pack`, service())).body.purpose, 'curation', 'unchanged')

  t.equal((await call(app, 'DELETE', `/v1/users/${o}/lists/pack`, as(o))).status, 204)
  t.same((await call(app, 'GET', `/v1/users/${o}/lists/pack`, service())).body.code, 'LIST_NOT_FOUND')
  t.equal((await call(app, 'DELETE', `/v1/users/${o}/lists/pack`, as(o))).status, 204, 'deleting again: 204')
})

t.test('members: add, list newest first, count, remove; listed-in', async t => {
  const app = await build(t)
  const [o, a, b, c] = await freshUsers(app, 4) as [string, string, string, string]
  t.equal((await call(app, 'PUT', `/v1/users/${o}/lists/l1`, as(o), { name: 'one', purpose: 'curation' })).status, 201)
  t.equal((await call(app, 'PUT', `/v1/users/${o}/lists/l2`, as(o), { name: 'two', purpose: 'moderation' })).status, 201)
  for (const m of [a, b, c]) {
    const res = await call(app, 'PUT', `/v1/users/${o}/lists/l1/members/${m}`, as(o))
    t.equal(res.status, 201)
    t.match(res.body, { id: m, username: m, name: '' })
  }
  t.equal((await call(app, 'PUT', `/v1/users/${o}/lists/l1/members/${a}`, as(o))).status, 200, 'again: 200')
  t.equal((await call(app, 'PUT', `/v1/users/${o}/lists/l2/members/${a}`, as(o))).status, 201)
  t.equal((await call(app, 'PUT', `/v1/users/${o}/lists/l1/members/${o}`, as(o))).status, 201, 'the owner may list itself')

  const page1 = await call(app, 'GET', `/v1/users/${o}/lists/l1/members?limit=2`, service())
  t.same(page1.body.items.map((i: { id: string }) => i.id), [o, c], 'newest first')
  const page2 = await call(app, 'GET', `/v1/users/${o}/lists/l1/members?limit=2&cursor=${encodeURIComponent(page1.body.nextCursor)}`, service())
  t.same(page2.body.items.map((i: { id: string }) => i.id), [b, a])
  t.equal(page2.body.nextCursor, null)
  const foreign = await call(app, 'GET', `/v1/users/${o}/lists/l2/members?cursor=${encodeURIComponent(page1.body.nextCursor)}`, service())
  t.same([foreign.status, foreign.body.code], [400, 'INVALID_CURSOR'], "another list's cursor is refused")
  t.equal((await call(app, 'GET', `/v1/users/${o}/lists/l1`, service())).body.memberCount, 4)

  const lists = await call(app, 'GET', `/v1/users/${o}/lists?limit=1`, service())
  t.same(lists.body.items.map((l: { id: string }) => l.id), ['l2'], 'lists newest first')
  const rest = await call(app, 'GET', `/v1/users/${o}/lists?cursor=${encodeURIComponent(lists.body.nextCursor)}`, service())
  t.same(rest.body.items.map((l: { id: string, memberCount: number }) => [l.id, l.memberCount]), [['l1', 4]])

  const listed = await call(app, 'GET', `/v1/users/${a}/listed-in`, as(a))
  t.same(listed.body.items.map((l: { owner: string, id: string, purpose: string }) => [l.owner, l.id, l.purpose]),
    [[o, 'l2', 'moderation'], [o, 'l1', 'curation']], 'listed-in: newest membership first')
  const one = await call(app, 'GET', `/v1/users/${a}/listed-in?limit=1`, service())
  const two = await call(app, 'GET', `/v1/users/${a}/listed-in?limit=1&cursor=${encodeURIComponent(one.body.nextCursor)}`, service())
  t.same([...one.body.items, ...two.body.items].map((l: { id: string }) => l.id), ['l2', 'l1'], 'paginated')

  t.equal((await call(app, 'DELETE', `/v1/users/${o}/lists/l1/members/${a}`, as(o))).status, 204)
  t.equal((await call(app, 'DELETE', `/v1/users/${o}/lists/l1/members/${a}`, as(o))).status, 204, 'idempotent')
  t.equal((await call(app, 'GET', `/v1/users/${o}/lists/l1`, service())).body.memberCount, 3)
  t.equal((await call(app, 'DELETE', `/v1/users/${o}/lists/l2`, as(o))).status, 204)
  t.same((await call(app, 'GET', `/v1/users/${a}/listed-in`, as(a))).body.items, [], 'a deleted list holds nobody')
})

t.test('a curation list refuses a user who blocks the owner; a moderation list takes anyone', async t => {
  const app = await build(t)
  const [o, x] = await freshUsers(app, 2) as [string, string]
  await call(app, 'PUT', `/v1/users/${o}/lists/c`, as(o), { name: 'c', purpose: 'curation' })
  await call(app, 'PUT', `/v1/users/${o}/lists/m`, as(o), { name: 'm', purpose: 'moderation' })
  t.equal((await block(app, x, o)).status, 201)
  const refused = await call(app, 'PUT', `/v1/users/${o}/lists/c/members/${x}`, as(o))
  t.same([refused.status, refused.body.code], [403, 'BLOCKED_BY_TARGET'])
  t.equal((await call(app, 'PUT', `/v1/users/${o}/lists/m/members/${x}`, as(o))).status, 201)
})

t.test('bad input: unknown users and lists, validation, rights', async t => {
  const app = await build(t)
  const [o, m, other] = await freshUsers(app, 3) as [string, string, string]
  await call(app, 'PUT', `/v1/users/${o}/lists/c`, as(o), { name: 'c', purpose: 'curation' })
  const cases: Array<[string, 'GET' | 'PUT' | 'DELETE', string, Record<string, string>, unknown, number, string]> = [
    ['unknown owner (PUT list)', 'PUT', '/v1/users/nobody-here/lists/x', admin(), { name: 'x', purpose: 'curation' }, 404, 'USER_NOT_FOUND'],
    ['unknown owner (GET list)', 'GET', '/v1/users/nobody-here/lists/x', service(), undefined, 404, 'USER_NOT_FOUND'],
    ['unknown owner (lists)', 'GET', '/v1/users/nobody-here/lists', service(), undefined, 404, 'USER_NOT_FOUND'],
    ['unknown owner (DELETE list)', 'DELETE', '/v1/users/nobody-here/lists/x', admin(), undefined, 404, 'USER_NOT_FOUND'],
    ['unknown list (GET)', 'GET', `/v1/users/${o}/lists/nope`, service(), undefined, 404, 'LIST_NOT_FOUND'],
    ['unknown list (members)', 'GET', `/v1/users/${o}/lists/nope/members`, service(), undefined, 404, 'LIST_NOT_FOUND'],
    ['unknown list (add member)', 'PUT', `/v1/users/${o}/lists/nope/members/${m}`, as(o), undefined, 404, 'LIST_NOT_FOUND'],
    ['unknown list (remove member)', 'DELETE', `/v1/users/${o}/lists/nope/members/${m}`, as(o), undefined, 404, 'LIST_NOT_FOUND'],
    ['unknown member (add)', 'PUT', `/v1/users/${o}/lists/c/members/nobody-here`, as(o), undefined, 404, 'USER_NOT_FOUND'],
    ['unknown member (remove)', 'DELETE', `/v1/users/${o}/lists/c/members/nobody-here`, as(o), undefined, 404, 'USER_NOT_FOUND'],
    ['unknown user (listed-in)', 'GET', '/v1/users/nobody-here/listed-in', service(), undefined, 404, 'USER_NOT_FOUND'],
    ['bad list id', 'PUT', `/v1/users/${o}/lists/bad%20id`, as(o), { name: 'x', purpose: 'curation' }, 400, 'VALIDATION'],
    ['bad purpose', 'PUT', `/v1/users/${o}/lists/x`, as(o), { name: 'x', purpose: 'both' }, 400, 'VALIDATION'],
    ['missing name', 'PUT', `/v1/users/${o}/lists/x`, as(o), { purpose: 'curation' }, 400, 'VALIDATION'],
    ['empty name', 'PUT', `/v1/users/${o}/lists/x`, as(o), { name: '', purpose: 'curation' }, 400, 'VALIDATION'],
    ['unknown field', 'PUT', `/v1/users/${o}/lists/x`, as(o), { name: 'x', purpose: 'curation', color: 'red' }, 400, 'VALIDATION'],
    ['too long description', 'PUT', `/v1/users/${o}/lists/x`, as(o), { name: 'x', purpose: 'curation', description: 'd'.repeat(301) }, 400, 'VALIDATION'],
    ['bad member id', 'PUT', `/v1/users/${o}/lists/c/members/a.b`, as(o), undefined, 400, 'VALIDATION'],
    ['bad limit', 'GET', `/v1/users/${o}/lists/c/members?limit=0`, service(), undefined, 400, 'VALIDATION'],
    ['bad cursor', 'GET', `/v1/users/${o}/lists?cursor=abc`, service(), undefined, 400, 'INVALID_CURSOR'],
    ["another user's list (PUT)", 'PUT', `/v1/users/${o}/lists/c`, as(other), { name: 'c', purpose: 'curation' }, 403, 'FORBIDDEN'],
    ["another user's list (add member)", 'PUT', `/v1/users/${o}/lists/c/members/${m}`, as(other), undefined, 403, 'FORBIDDEN'],
    ["another user's list (delete)", 'DELETE', `/v1/users/${o}/lists/c`, as(other), undefined, 403, 'FORBIDDEN'],
    ["another user's listed-in", 'GET', `/v1/users/${m}/listed-in`, as(other), undefined, 403, 'FORBIDDEN']
  ]
  for (const [what, method, url, headers, payload, status, code] of cases) {
    const res = await call(app, method, url, headers, payload)
    t.same([res.status, res.body?.code], [status, code], what)
  }
  t.equal((await call(app, 'GET', `/v1/users/${o}/lists/c`, service())).body.name, 'c', 'nothing was written by the refused requests')
})
