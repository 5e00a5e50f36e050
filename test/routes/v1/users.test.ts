import t from 'tap'
import { admin, as, bearer, build, service, token, uid } from '../../helper.js'

const isoMs = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

t.test('PUT creates (201), then updates (200); GET answers the user', async t => {
  const app = await build(t)
  const id = uid()
  const created = await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: `${id}A`, name: 'Alice' } })
  t.equal(created.statusCode, 201)
  const body = created.json()
  t.match(body, { id, username: `${id}A`, name: 'Alice', private: false, createdAt: isoMs })

  const updated = await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: `${id}B`, private: true } })
  t.equal(updated.statusCode, 200)
  t.same(updated.json(), { id, username: `${id}B`, name: '', private: true, hideNetwork: false, discoverable: true, createdAt: body.createdAt }, 'PUT replaces; createdAt is kept')

  const got = await app.inject({ url: `/v1/users/${id}`, headers: service('graph:read') })
  t.equal(got.statusCode, 200)
  t.same(got.json(), updated.json())
})

t.test('GET of an unknown user is 404 USER_NOT_FOUND', async t => {
  const app = await build(t)
  const id = uid()
  const res = await app.inject({ url: `/v1/users/${id}`, headers: service() })
  t.equal(res.statusCode, 404)
  t.same(res.json(), { statusCode: 404, code: 'USER_NOT_FOUND', error: 'Not Found', message: `user '${id}' does not exist` })
})

t.test('usernames are matched case-insensitively and unique case-insensitively', async t => {
  const app = await build(t)
  const [a, b] = [uid(), uid()]
  const name = `Cap${a.slice(2)}`
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${a}`, headers: as(a), payload: { username: name } })).statusCode, 201)

  const lookup = await app.inject({ url: `/v1/usernames/${name.toLowerCase()}`, headers: service() })
  t.equal(lookup.statusCode, 200)
  t.equal(lookup.json().id, a)
  t.equal(lookup.json().username, name, 'stored as given')

  const taken = await app.inject({ method: 'PUT', url: `/v1/users/${b}`, headers: as(b), payload: { username: name.toUpperCase() } })
  t.equal(taken.statusCode, 409)
  t.equal(taken.json().code, 'USERNAME_TAKEN')
  t.equal((await app.inject({ url: `/v1/users/${b}`, headers: service() })).statusCode, 404, 'nothing written')

  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${b}`, headers: as(b), payload: { username: `${name}x` } })).statusCode, 201)
  const patch = await app.inject({ method: 'PATCH', url: `/v1/users/${b}`, headers: as(b), payload: { username: name.toLowerCase() } })
  t.equal(patch.statusCode, 409)
  t.equal(patch.json().code, 'USERNAME_TAKEN')
  t.equal((await app.inject({ url: `/v1/users/${b}`, headers: service() })).json().username, `${name}x`, 'unchanged')

  const self = await app.inject({ method: 'PUT', url: `/v1/users/${a}`, headers: as(a), payload: { username: name.toUpperCase() } })
  t.equal(self.statusCode, 200, 'a user may change the case of its own username')

  const unknown = await app.inject({ url: `/v1/usernames/nobody_${b.slice(2)}`, headers: service() })
  t.equal(unknown.statusCode, 404)
  t.equal(unknown.json().code, 'USER_NOT_FOUND')
})

t.test('PATCH changes only the given fields; unknown user is 404', async t => {
  const app = await build(t)
  const id = uid()
  await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: id, name: 'First' } })
  const res = await app.inject({ method: 'PATCH', url: `/v1/users/${id}`, headers: as(id), payload: { name: 'Second' } })
  t.equal(res.statusCode, 200)
  t.match(res.json(), { id, username: id, name: 'Second', private: false })
  const priv = await app.inject({ method: 'PATCH', url: `/v1/users/${id}`, headers: as(id), payload: { private: true } })
  t.match(priv.json(), { name: 'Second', private: true })

  const other = uid()
  const missing = await app.inject({ method: 'PATCH', url: `/v1/users/${other}`, headers: as(other), payload: { name: 'x' } })
  t.equal(missing.statusCode, 404)
  t.equal(missing.json().code, 'USER_NOT_FOUND')
})

t.test('DELETE removes the user (204), then 404', async t => {
  const app = await build(t)
  const id = uid()
  await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: id } })
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/users/${id}`, headers: as(id) })).statusCode, 204)
  t.equal((await app.inject({ url: `/v1/users/${id}`, headers: service() })).statusCode, 404)
  const again = await app.inject({ method: 'DELETE', url: `/v1/users/${id}`, headers: as(id) })
  t.equal(again.statusCode, 404)
  t.equal(again.json().code, 'USER_NOT_FOUND')
})

t.test('bad input: 4xx with a stable code, and nothing written', async t => {
  const app = await build(t)
  const id = uid()
  const put = (payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: { ...as(id), ...headers }, payload: payload as string })

  const cases: Array<[string, Awaited<ReturnType<typeof put>>, number, string, RegExp]> = [
    ['unknown field', await put({ username: id, admin: true }), 400, 'VALIDATION', /admin/],
    ['missing username', await put({ name: 'x' }), 400, 'VALIDATION', /username/],
    ['username with a dash', await put({ username: 'a-b' }), 400, 'VALIDATION', /username/],
    ['username too long', await put({ username: 'a'.repeat(25) }), 400, 'VALIDATION', /username/],
    ['username with a look-alike letter', await put({ username: 'аlice' }), 400, 'VALIDATION', /username/],
    ['empty username', await put({ username: '' }), 400, 'VALIDATION', /username/],
    ['name too long', await put({ username: id, name: 'n'.repeat(66) }), 400, 'VALIDATION', /name/],
    ['private as a string', await put({ username: id, private: 'true' }), 400, 'VALIDATION', /private/],
    ['body not JSON', await put('{"username": ', { 'content-type': 'application/json' }), 400, 'VALIDATION', /JSON/i],
    ['body an array', await put([{ username: id }]), 400, 'VALIDATION', /body/],
    ['oversized body', await put({ username: id, name: 'x'.repeat(70_000) }), 413, 'BODY_TOO_LARGE', /large/i],
    ['text body', await put('username=x', { 'content-type': 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE', /content-type/i]
  ]
  for (const [what, res, status, code, message] of cases) {
    t.equal(res.statusCode, status, `${what}: status`)
    t.equal(res.json().code, code, `${what}: code`)
    t.match(res.json().message, message, `${what}: message names the problem`)
  }

  const badIds = ['a'.repeat(65), 'bad.id', 'with%20space', 'nul%00byte', '%D0%B0lice', "x'%20OR%201=1"]
  for (const bad of badIds) {
    const res = await app.inject({ method: 'PUT', url: `/v1/users/${bad}`, headers: admin(), payload: { username: 'valid_name' } })
    t.equal(res.statusCode, 400, `id ${bad}: 400`)
    t.equal(res.json().code, 'VALIDATION', `id ${bad}: VALIDATION`)
  }
  const badName = await app.inject({ url: '/v1/usernames/no-dashes', headers: service() })
  t.equal(badName.statusCode, 400)
  t.equal(badName.json().code, 'VALIDATION')

  t.equal((await app.inject({ url: `/v1/users/${id}`, headers: service() })).statusCode, 404, 'nothing was written')
})

t.test('auth: 401 for missing, malformed, expired, badly signed or unsigned tokens', async t => {
  const app = await build(t)
  const id = uid()
  const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')
  const payload = Buffer.from(JSON.stringify({ sub: id, scope: 'graph:admin', exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url')
  const good = token({ sub: id })
  const tampered = good.slice(0, -4) + (good.endsWith('AAAA') ? 'BBBB' : 'AAAA')
  const tokens: Array<[string, Record<string, string>]> = [
    ['no header', {}],
    ['not bearer', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
    ['garbage', bearer('not-a-jwt')],
    ['alg none', bearer(`${header}.${payload}.`)],
    ['expired', bearer(token({ sub: id, exp: Math.floor(Date.now() / 1000) - 10 }))],
    ['bad signature', bearer(tampered)]
  ]
  for (const [what, headers] of tokens) {
    const res = await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers, payload: { username: id } })
    t.equal(res.statusCode, 401, `${what}: 401`)
    t.equal(res.json().code, 'UNAUTHORIZED', `${what}: UNAUTHORIZED`)
  }
  t.equal((await app.inject({ url: `/v1/users/${id}`, headers: service() })).statusCode, 404, 'nothing written')
})

t.test('auth: a token without exp is refused', async t => {
  const app = await build(t)
  const { createSigner } = await import('fast-jwt')
  const { testSecret } = await import('../../helper.js')
  const noExp = createSigner({ key: testSecret, algorithm: 'HS256' })({ scope: 'graph:read' })
  const res = await app.inject({ url: `/v1/users/${uid()}`, headers: bearer(noExp) })
  t.equal(res.statusCode, 401)
})

t.test('auth: 403 for the wrong scope or another user; graph:admin may write for anyone', async t => {
  const app = await build(t)
  const [id, other] = [uid(), uid()]
  const readOnly = await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id, 'graph:read'), payload: { username: id } })
  t.equal(readOnly.statusCode, 403)
  t.equal(readOnly.json().code, 'FORBIDDEN')
  const otherUser = await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(other), payload: { username: id } })
  t.equal(otherUser.statusCode, 403)
  const serviceWrite = await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: service('graph:write'), payload: { username: id } })
  t.equal(serviceWrite.statusCode, 403, 'a service token needs graph:admin to write for a user')
  t.equal((await app.inject({ url: `/v1/users/${id}`, headers: service() })).statusCode, 404, 'nothing written')

  const byAdmin = await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: bearer(token({ sub: other, scope: 'graph:admin' })), payload: { username: id } })
  t.equal(byAdmin.statusCode, 201)
  const noRead = await app.inject({ url: `/v1/users/${id}`, headers: as(other, 'graph:write') })
  t.equal(noRead.statusCode, 403, 'reads need graph:read')
  t.equal((await app.inject({ url: `/v1/users/${id}`, headers: as(other, 'graph:read') })).statusCode, 200)
  const patchOther = await app.inject({ method: 'PATCH', url: `/v1/users/${id}`, headers: as(other), payload: { name: 'x' } })
  t.equal(patchOther.statusCode, 403)
  const deleteOther = await app.inject({ method: 'DELETE', url: `/v1/users/${id}`, headers: as(other) })
  t.equal(deleteOther.statusCode, 403)
  t.equal((await app.inject({ url: `/v1/users/${id}`, headers: service() })).statusCode, 200, 'still there')
})

t.test('a token in the query string is ignored', async t => {
  const app = await build(t)
  const res = await app.inject({ url: `/v1/users/${uid()}?access_token=${token()}` })
  t.equal(res.statusCode, 401)
})

t.test('concurrent PUTs of one new id create one user: one 201, the rest 200', async t => {
  const app = await build(t)
  const id = uid()
  const results = await Promise.all(Array.from({ length: 20 }, () =>
    app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: id } })))
  const codes = results.map(r => r.statusCode).sort()
  t.same(codes, [...Array(19).fill(200), 201])
})

t.test('hideNetwork and discoverable: defaults, PUT, PATCH, GET; non-booleans are 400 VALIDATION and write nothing', async t => {
  const app = await build(t)
  const id = uid()
  const created = await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: id } })
  t.match(created.json(), { private: false, hideNetwork: false, discoverable: true }, 'defaults')
  const put = await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: id, hideNetwork: true, discoverable: false } })
  t.match(put.json(), { hideNetwork: true, discoverable: false })
  const patched = await app.inject({ method: 'PATCH', url: `/v1/users/${id}`, headers: as(id), payload: { discoverable: true } })
  t.match(patched.json(), { hideNetwork: true, discoverable: true }, 'PATCH changes only what it names')
  for (const [method, payload] of [['PUT', { username: id, hideNetwork: 'yes' }], ['PATCH', { discoverable: 1 }], ['PATCH', { hideNetwork: null }]] as const) {
    const res = await app.inject({ method, url: `/v1/users/${id}`, headers: as(id), payload })
    t.same([res.statusCode, res.json().code], [400, 'VALIDATION'], `${method} ${JSON.stringify(payload)}`)
    t.match(res.json().message, /hideNetwork|discoverable/, 'names the field')
  }
  const got = await app.inject({ url: `/v1/users/${id}`, headers: service('graph:read') })
  t.match(got.json(), { hideNetwork: true, discoverable: true }, 'nothing written by the refusals')

  // The export carries them and the import takes them back.
  const exported = (await app.inject({ url: `/v1/export/users?after=${id.slice(0, -1)}`, headers: admin() })).body
    .split('\n').filter(Boolean).map(line => JSON.parse(line)).find((u: { id: string }) => u.id === id)
  t.match(exported, { id, hideNetwork: true, discoverable: true })
  const other = uid()
  const line = JSON.stringify({ user: { id: other, username: other, hideNetwork: true, discoverable: false } })
  const imported = await app.inject({ method: 'POST', url: '/v1/import', headers: { ...admin(), 'content-type': 'application/x-ndjson' }, payload: line })
  t.match(imported.json(), { users: 1, rejectedCount: 0 })
  t.match((await app.inject({ url: `/v1/users/${other}`, headers: service('graph:read') })).json(), { hideNetwork: true, discoverable: false })
})
