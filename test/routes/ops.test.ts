import t from 'tap'
import { admin, as, build, service, testConfig, uid } from '../helper.js'

t.test('healthz, readyz, metrics, docs and the OpenAPI document need no token', async t => {
  const app = await build(t)
  t.same((await app.inject('/healthz')).json(), { status: 'ok' })
  const ready = await app.inject('/readyz')
  t.equal(ready.statusCode, 200)
  t.same(ready.json(), { status: 'ready' })

  await app.inject({ url: `/v1/users/${uid()}`, headers: service() })
  const metrics = await app.inject('/metrics')
  t.equal(metrics.statusCode, 200)
  t.match(metrics.headers['content-type'], /text\/plain/)
  t.match(metrics.body, /http_request_duration_seconds_count\{[^}]*route="\/v1\/users\/:id"/)
  t.match(metrics.body, /process_resident_memory_bytes/)

  const doc = await app.inject('/openapi.json')
  t.equal(doc.statusCode, 200)
  const openapi = doc.json()
  t.equal(openapi.openapi, '3.1.0')
  t.ok(openapi.paths['/v1/users/{id}'].put, 'PUT /v1/users/{id} is documented')
  t.ok(openapi.paths['/v1/usernames/{username}'].get)
  const importBody = openapi.paths['/v1/import'].post.requestBody
  t.same(Object.keys(importBody.content), ['application/x-ndjson'], 'the streamed import body is documented as NDJSON')
  t.same(importBody.content['application/x-ndjson'].schema.anyOf.map((s: { required: string[] }) => s.required),
    [['user'], ['follow'], ['request'], ['block'], ['mute'], ['list'], ['member'], ['listBlock'], ['listMute']],
    'one line: exactly one of the nine kinds')
  t.same(openapi.components.securitySchemes.bearerAuth, { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
  t.equal(openapi.paths['/v1/users/{id}'].put.requestBody.content['application/json'].schema.additionalProperties, false)

  const docs = await app.inject('/docs/')
  t.equal(docs.statusCode, 200)
  t.match(docs.body, /swagger-ui/i)
})

t.test('an unknown route is a 404 with a code', async t => {
  const app = await build(t)
  const res = await app.inject('/v1/nothing-here')
  t.equal(res.statusCode, 404)
  t.equal(res.json().code, 'ROUTE_NOT_FOUND')
})

t.test('a method a declared path does not answer is 405 with Allow, before authentication and body parsing', async t => {
  const app = await build(t)
  const post = await app.inject({ method: 'POST', url: '/v1/users/alice?x=1', headers: { 'content-type': 'text/plain' }, payload: 'not json' })
  t.equal(post.statusCode, 405)
  t.equal(post.headers.allow, 'DELETE, GET, HEAD, PATCH, PUT')
  t.match(post.json(), { statusCode: 405, code: 'METHOD_NOT_ALLOWED' })
  // Every path of the OpenAPI document, with every method it does not declare.
  const paths = (await app.inject('/openapi.json')).json().paths as Record<string, Record<string, unknown>>
  let checked = 0
  for (const [path, operations] of Object.entries(paths)) {
    const url = path.replace(/\{[^}]+\}/g, 'x1')
    const declared = Object.keys(operations).map(m => m.toUpperCase())
    for (const method of ['GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'OPTIONS'] as const) {
      // The Browser guide answers CORS preflights (OPTIONS), cross-origin by design.
      if (declared.includes(method) || (method === 'OPTIONS' && path.startsWith('/ops/guide'))) continue
      const res = await app.inject({ method, url, headers: admin() })
      t.equal(res.statusCode, 405, `${method} ${path}`)
      t.ok(declared.every(m => String(res.headers.allow).split(', ').includes(m)), `${method} ${path}: Allow ${String(res.headers.allow)}`)
      checked++
    }
  }
  t.ok(checked > 100, `${checked} undeclared methods`)
  t.equal((await app.inject({ method: 'POST', url: '/v1/nothing-here' })).statusCode, 404, 'an undeclared path stays 404')
})

t.test('with Neo4j unreachable: readyz is 503 and routes answer 503 DATABASE_UNAVAILABLE quickly', async t => {
  const base = testConfig()
  const app = await build(t, { neo4j: { ...base.neo4j, uri: 'neo4j://127.0.0.1:1' } })
  t.same((await app.inject('/healthz')).json(), { status: 'ok' }, 'the process is alive')
  const ready = await app.inject('/readyz')
  t.equal(ready.statusCode, 503)
  t.equal(ready.json().code, 'NOT_READY')
  const id = uid()
  const started = Date.now()
  const res = await app.inject({ url: `/v1/users/${id}`, headers: service() })
  t.equal(res.statusCode, 503)
  t.equal(res.json().code, 'DATABASE_UNAVAILABLE')
  t.ok(Date.now() - started < 1_000, `answered in ${Date.now() - started} ms`)
  const write = await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: id } })
  t.equal(write.statusCode, 503)
  t.equal(write.json().code, 'DATABASE_UNAVAILABLE')
})

t.test('a restarted app finds the data the previous one wrote', async t => {
  const id = uid()
  const first = await build(t)
  t.equal((await first.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: id } })).statusCode, 201)
  await first.close()
  const second = await build(t)
  const res = await second.inject({ url: `/v1/users/${id}`, headers: service() })
  t.equal(res.statusCode, 200)
  t.equal(res.json().username, id)
})

t.test('over a real socket', async t => {
  const app = await build(t)
  await app.listen({ host: '127.0.0.1', port: 0 })
  const address = app.server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  const base = `http://127.0.0.1:${address.port}`
  const id = uid()
  const put = await fetch(`${base}/v1/users/${id}`, {
    method: 'PUT',
    headers: { ...as(id), 'content-type': 'application/json' },
    body: JSON.stringify({ username: id, name: 'Sock' })
  })
  t.equal(put.status, 201)
  const get = await fetch(`${base}/v1/users/${id}`, { headers: service() })
  t.equal(get.status, 200)
  t.match(await get.json(), { id, name: 'Sock' })
  t.equal((await fetch(`${base}/readyz`)).status, 200)
})
