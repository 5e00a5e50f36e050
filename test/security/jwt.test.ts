// Token hardening: every way a token can be wrong is a 401 (or 403 for a valid token without the right),
// and no credential reaches the log.
import { createHmac, generateKeyPairSync } from 'node:crypto'
import { Writable } from 'node:stream'
import { createSigner } from 'fast-jwt'
import t from 'tap'
import { buildApp, loggerOptions } from '../../src/app.js'
import { as, bearer, build, createUsers, testConfig, testSecret, token, uid } from '../helper.js'

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')
const inTen = (): number => Math.floor(Date.now() / 1000) + 600

/** A token with any header, HMAC-signed with any key (or unsigned with `alg: none`). */
function handMade (header: Record<string, unknown>, payload: Record<string, unknown>, hmacKey?: string): string {
  const body = `${b64(header)}.${b64(payload)}`
  const signature = hmacKey === undefined ? '' : createHmac('sha256', hmacKey).update(body).digest('base64url')
  return `${body}.${signature}`
}

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } })
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } })

async function status (app: Awaited<ReturnType<typeof build>>, jwt: string, url = `/v1/users/${uid()}`): Promise<{ statusCode: number, code: string }> {
  const res = await app.inject({ url, headers: bearer(jwt) })
  return { statusCode: res.statusCode, code: res.statusCode === 404 ? 'USER_NOT_FOUND' : res.json().code }
}

const accepted = { statusCode: 404, code: 'USER_NOT_FOUND' }
const refused = { statusCode: 401, code: 'UNAUTHORIZED' }

t.test('HS256 configuration: only a well-signed, unexpired, active token with exp passes', async t => {
  const app = await build(t)
  const claims = { sub: uid(), scope: 'graph:read', exp: inTen() }
  t.same(await status(app, token(claims)), accepted, 'a good token is accepted')
  t.same(await status(app, handMade({ alg: 'none', typ: 'JWT' }, claims)), refused, 'alg none')
  t.same(await status(app, handMade({ alg: 'none', typ: 'JWT' }, claims) + 'x'), refused, 'alg none with junk signature')
  t.same(await status(app, handMade({ alg: 'HS256', typ: 'JWT' }, claims, 'another-secret-that-is-long-enough-too')), refused, 'wrong signature')
  const good = token(claims)
  const [h, p] = good.split('.')
  t.same(await status(app, `${h ?? ''}.${b64({ ...claims, scope: 'graph:admin' })}.${good.split('.')[2] ?? ''}`), refused, 'payload altered after signing')
  t.same(await status(app, `${h ?? ''}.${p ?? ''}.`), refused, 'signature stripped')
  t.same(await status(app, token({ ...claims, exp: Math.floor(Date.now() / 1000) - 5 })), refused, 'expired')
  t.same(await status(app, token({ ...claims, nbf: Math.floor(Date.now() / 1000) + 300 })), refused, 'not yet valid (nbf)')
  const noExp = handMade({ alg: 'HS256', typ: 'JWT' }, { sub: claims.sub, scope: 'graph:read' }, testSecret)
  t.same(await status(app, noExp), refused, 'missing exp')
  t.same(await status(app, handMade({ alg: 'HS512', typ: 'JWT' }, claims, testSecret)), refused, 'another HMAC algorithm than the pinned one')

  for (const header of ['', 'Bearer', 'Bearer ', `Basic ${Buffer.from('a:b').toString('base64')}`, `Token ${good}`, 'Bearer a.b', `Bearer ${good} ${good}`]) {
    const res = await app.inject({ url: `/v1/users/${uid()}`, headers: { authorization: header } })
    t.equal(res.statusCode, 401, `Authorization: ${header.slice(0, 12)}... is refused`)
    t.equal(res.json().code, 'UNAUTHORIZED')
  }
  const wrongBody = (await app.inject({ url: `/v1/users/${uid()}`, headers: bearer(token({ ...claims, exp: 1 })) })).json()
  t.match(wrongBody, { statusCode: 401, code: 'UNAUTHORIZED', error: 'Unauthorized', message: String })
})

t.test('scopes and the self-or-admin rule: 403 FORBIDDEN', async t => {
  const app = await build(t)
  const [alice, bob] = [uid(), uid()]
  t.same(await status(app, token({ sub: alice, scope: undefined })), { statusCode: 403, code: 'FORBIDDEN' }, 'no scope claim')
  t.same(await status(app, token({ sub: alice, scope: '' })), { statusCode: 403, code: 'FORBIDDEN' }, 'empty scope')
  t.same(await status(app, token({ sub: alice, scope: 'graph:write' })), { statusCode: 403, code: 'FORBIDDEN' }, 'write without read cannot read')
  t.same(await status(app, token({ sub: alice, scope: 'graph:readx graph:Read' })), { statusCode: 403, code: 'FORBIDDEN' }, 'look-alike scopes')

  const put = (headers: Record<string, string>, id: string) =>
    app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers, payload: { username: id } })
  const other = await put(as(alice), bob)
  t.equal(other.statusCode, 403, 'alice cannot write as bob')
  t.equal(other.json().code, 'FORBIDDEN')
  t.equal((await put(as(alice, 'graph:read'), alice)).statusCode, 403, 'read scope cannot write')
  t.equal((await put(bearer(token({ scope: 'graph:write' })), bob)).statusCode, 403, 'a service token without admin cannot write as a user')
  t.equal((await app.inject({ url: `/v1/users/${bob}`, headers: as(bob) })).statusCode, 404, 'nothing was written')
  t.equal((await put(as(bob), bob)).statusCode, 201, 'bob may write as himself')
  t.equal((await put(bearer(token({ sub: alice, scope: 'graph:admin' })), uid())).statusCode, 201, 'admin may write as anyone')
})

t.test('a token in the query string is ignored (and not logged)', async t => {
  const lines: string[] = []
  const stream = new Writable({ write (chunk: Buffer, _enc, done) { lines.push(chunk.toString()); done() } })
  const app = await buildApp({ config: testConfig(), logger: { ...loggerOptions('trace'), stream } })
  t.teardown(async () => { await app.close() })
  await app.ready()
  const jwt = token({ sub: uid(), scope: 'graph:read' })
  for (const q of ['token', 'access_token', 'jwt', 'authorization']) {
    const res = await app.inject({ url: `/v1/users/${uid()}?${q}=${jwt}` })
    t.equal(res.statusCode, 401, `?${q}= is not a credential`)
  }
  const log = lines.join('')
  t.match(log, /"url":"\/v1\/users\/u_[0-9a-f]+\?token=\[Redacted\]"/, 'requests are logged, with the query credential redacted')
  t.notOk(log.includes(jwt), 'the token is not in the log')
})

t.test('RS256 configuration: RS256 passes; key confusion (HS256 signed with the public key) and others fail', async t => {
  const app = await build(t, { jwt: { algorithm: 'RS256', key: rsa.publicKey } })
  const claims = { sub: uid(), scope: 'graph:read', exp: inTen() }
  t.same(await status(app, createSigner({ key: rsa.privateKey, algorithm: 'RS256' })(claims)), accepted, 'RS256 with the private key')
  t.same(await status(app, handMade({ alg: 'HS256', typ: 'JWT' }, claims, rsa.publicKey)), refused, 'HS256 signed with the public PEM')
  t.same(await status(app, handMade({ alg: 'HS256', typ: 'JWT' }, claims, rsa.publicKey.trim())), refused, 'the same, trimmed PEM')
  t.same(await status(app, token(claims)), refused, 'HS256 with the test secret')
  t.same(await status(app, handMade({ alg: 'none' }, claims)), refused, 'alg none')
  const otherRsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
  t.same(await status(app, createSigner({ key: otherRsa.export({ type: 'pkcs8', format: 'pem' }).toString(), algorithm: 'RS256' })(claims)), refused, 'another RSA key')
  t.same(await status(app, createSigner({ key: ec.privateKey, algorithm: 'ES256' })(claims)), refused, 'ES256 against RS256')
  t.same(await status(app, createSigner({ key: rsa.privateKey, algorithm: 'RS512' })(claims)), refused, 'RS512 with the right key but another algorithm')
})

t.test('ES256 configuration works', async t => {
  const app = await build(t, { jwt: { algorithm: 'ES256', key: ec.publicKey } })
  const sign = createSigner({ key: ec.privateKey, algorithm: 'ES256' })
  const id = uid()
  t.same(await status(app, sign({ sub: id, scope: 'graph:read', exp: inTen() })), accepted)
  const put = await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: bearer(sign({ sub: id, scope: 'graph:read graph:write', exp: inTen() })), payload: { username: id } })
  t.equal(put.statusCode, 201)
  t.same(await status(app, sign({ sub: id, scope: 'graph:read', exp: 1 })), refused, 'expired ES256')
  t.same(await status(app, handMade({ alg: 'HS256' }, { sub: id, scope: 'graph:read', exp: inTen() }, ec.publicKey)), refused, 'key confusion on EC')
})

t.test('issuer and audience, when configured, must be present and match', async t => {
  const app = await build(t, { jwt: { algorithm: 'HS256', key: testSecret, issuer: 'https://id.example', audience: 'follow-graph' } })
  const base = { sub: uid(), scope: 'graph:read' }
  t.same(await status(app, token({ ...base, iss: 'https://id.example', aud: 'follow-graph' })), accepted, 'both right')
  t.same(await status(app, token({ ...base, iss: 'https://id.example', aud: ['other', 'follow-graph'] })), accepted, 'aud list containing ours')
  t.same(await status(app, token({ ...base, iss: 'https://evil.example', aud: 'follow-graph' })), refused, 'wrong iss')
  t.same(await status(app, token({ ...base, iss: 'https://id.example', aud: 'other' })), refused, 'wrong aud')
  t.same(await status(app, token({ ...base, aud: 'follow-graph' })), refused, 'missing iss')
  t.same(await status(app, token({ ...base, iss: 'https://id.example' })), refused, 'missing aud')
  t.same(await status(app, token({ ...base, iss: 'https://id.example.evil', aud: 'follow-graph' })), refused, 'iss with a suffix')
})

t.test('no secret, token or Neo4j password in the log, even at trace level and on errors', async t => {
  const lines: string[] = []
  const stream = new Writable({ write (chunk: Buffer, _enc, done) { lines.push(chunk.toString()); done() } })
  const config = testConfig()
  const jwt = token({ sub: uid(), scope: 'graph:read graph:write' })
  for (const neo4j of [config.neo4j, { ...config.neo4j, uri: 'neo4j://127.0.0.1:1' }]) {
    const app = await buildApp({ config: { ...config, neo4j }, logger: { ...loggerOptions('trace'), stream } })
    await app.ready()
    const id = uid()
    await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: bearer(jwt), payload: { username: id } })
    await app.inject({ url: `/v1/users/${id}`, headers: bearer(jwt) })
    await app.inject({ url: `/v1/users/${id}`, headers: bearer(`${jwt}x`) })
    await app.inject({ url: `/v1/users/${id}`, headers: bearer(token({ exp: 1 })) })
    await app.inject('/readyz')
    await app.close()
  }
  const log = lines.join('')
  t.ok(log.length > 1000 && log.includes('DATABASE_UNAVAILABLE') === false && /request (completed|refused|failed)/.test(log),
    `the log was captured (${lines.length} lines)`)
  t.match(log, /"statusCode":503/, 'including the outage run')
  for (const [what, secret] of [['token', jwt], ['token signature', jwt.split('.')[2] ?? ''], ['JWT secret', testSecret], ['Neo4j password', config.neo4j.password]] as const) {
    t.notOk(log.includes(secret), `no ${what} in the log`)
  }
})

t.test('a sub that is present but not a user id is 401 INVALID_TOKEN, never a service token (API.md v1.2)', async t => {
  const app = await build(t)
  const [owner] = await createUsers(app, [uid()])
  // A service token reads another user's own view; a token with a broken sub must not.
  t.equal((await app.inject({ url: `/v1/users/${owner!}/mutes`, headers: bearer(token({})) })).statusCode, 200, 'a service token (no sub) reads it')
  for (const sub of ['', 123, null, 'has space', 'x'.repeat(65), ['a']]) {
    const res = await app.inject({ url: `/v1/users/${owner!}/mutes`, headers: bearer(token({ sub: sub as string })) })
    t.same({ statusCode: res.statusCode, code: res.json().code }, { statusCode: 401, code: 'INVALID_TOKEN' }, `sub ${JSON.stringify(sub)}`)
  }
})
