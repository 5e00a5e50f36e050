import t from 'tap'
import { as, build, service, token, bearer, uid, until } from '../helper.js'

const limited = { rateLimit: { max: 3, windowMs: 60_000 } }

t.test('off by default: many requests from one token are all answered', async t => {
  const app = await build(t)
  const headers = service('graph:read')
  const codes = new Set<number>()
  for (let i = 0; i < 20; i++) codes.add((await app.inject({ url: `/v1/users/${uid()}`, headers })).statusCode)
  t.same([...codes], [404])
})

t.test('per token sub: the 4th request in the window is 429 RATE_LIMITED with Retry-After', async t => {
  const app = await build(t, limited)
  const alice = uid()
  for (let i = 0; i < 3; i++) {
    const ok = await app.inject({ url: `/v1/users/${uid()}`, headers: as(alice) })
    t.equal(ok.statusCode, 404, `request ${i + 1} is served`)
  }
  const refused = await app.inject({ url: `/v1/users/${uid()}`, headers: as(alice) })
  t.equal(refused.statusCode, 429)
  t.match(refused.json(), { statusCode: 429, code: 'RATE_LIMITED', error: 'Too Many Requests', message: /retry in/ })
  const retryAfter = Number(refused.headers['retry-after'])
  t.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${String(refused.headers['retry-after'])} s`)

  // A new token for the same sub shares the budget; another user has its own.
  const again = await app.inject({ url: `/v1/users/${uid()}`, headers: bearer(token({ sub: alice, scope: 'graph:read', iat: 1 })) })
  t.equal(again.statusCode, 429, 'keyed by sub, not by the token string')
  t.equal((await app.inject({ url: `/v1/users/${uid()}`, headers: as(uid()) })).statusCode, 404, 'another user is not limited')

  // Probes and scrapes are exempt.
  for (let i = 0; i < 5; i++) {
    t.equal((await app.inject('/healthz')).statusCode, 200)
    t.equal((await app.inject('/readyz')).statusCode, 200)
    t.equal((await app.inject('/metrics')).statusCode, 200)
  }
})

t.test('service tokens are keyed by the token; no token or a bad token by IP', async t => {
  const app = await build(t, limited)
  const svc = service('graph:read')
  for (let i = 0; i < 3; i++) t.equal((await app.inject({ url: `/v1/users/${uid()}`, headers: svc })).statusCode, 404)
  t.equal((await app.inject({ url: `/v1/users/${uid()}`, headers: svc })).statusCode, 429)
  t.equal((await app.inject({ url: `/v1/users/${uid()}`, headers: service('graph:read graph:write') })).statusCode, 404,
    'another service token has its own budget')

  // Without a valid token: the remote address is the key (inject's is 127.0.0.1).
  for (let i = 0; i < 3; i++) t.equal((await app.inject({ url: `/v1/users/${uid()}` })).statusCode, 401)
  t.equal((await app.inject({ url: `/v1/users/${uid()}`, headers: { authorization: 'Bearer not.a.token' } })).statusCode, 429,
    'a forged token counts against its sender address')
  const forged = await app.inject({ url: `/v1/users/${uid()}`, headers: { authorization: `Bearer ${token({ sub: uid() }).slice(0, -2)}xx` } })
  t.equal(forged.statusCode, 429)
})

t.test('the window resets', async t => {
  const app = await build(t, { rateLimit: { max: 1, windowMs: 300 } })
  const headers = as(uid(), 'graph:read')
  t.equal((await app.inject({ url: `/v1/users/${uid()}`, headers })).statusCode, 404)
  t.equal((await app.inject({ url: `/v1/users/${uid()}`, headers })).statusCode, 429)
  const limitedAt = Date.now()
  t.ok(await until(async () => (await app.inject({ url: `/v1/users/${uid()}`, headers })).statusCode === 404, 5_000), 'served again')
  t.ok(Date.now() - limitedAt < 2_000, 'once the window has passed')
})
