// The graph's metrics at /metrics, read back after real writes against the test Neo4j: writes by kind and
// outcome, transaction retries (a real deadlock), the unreachable mark, the change feed's horizon lag, the
// batcher's place, and METRICS_PORT.
import neo4j from 'neo4j-driver'
import t from 'tap'
import { connectionOf, instances } from '../../scripts/lib/local-neo4j.js'
import { ConfigError, configFromEnv, parseEnv } from '../../src/config.js'
import { readQuery } from '../../src/queries/cypher.js'
import { admin, as, build, createUsers, service, testConfig, uid } from '../helper.js'
import { sample, samples, scrape, until } from './prometheus.js'

const writes = (text: string): Record<string, number> =>
  Object.fromEntries(samples(text, 'graph_writes_total').map(s => [`${s.labels.kind} ${s.labels.outcome} ${s.labels.code}`.trim(), s.value]))

t.test('writes are counted by kind and outcome, refusals by their code', async t => {
  const app = await build(t)
  const [a, b] = await createUsers(app, [uid(), uid()])
  const [p] = await createUsers(app, [uid()], { private: true })
  const put = async (url: string, headers = as(a!)): Promise<number> => (await app.inject({ method: 'PUT', url, headers })).statusCode

  t.equal(await put(`/v1/users/${a}/following/${b}`), 201)
  t.equal(await put(`/v1/users/${a}/following/${b}`), 200)
  t.equal(await put(`/v1/users/${a}/following/${p}`), 202)
  t.equal(await put(`/v1/users/${b}/blocks/${a}`, as(b!)), 201)
  t.equal(await put(`/v1/users/${a}/following/${b}`), 403)
  t.equal(await put(`/v1/users/${a}/following/${a}`), 400)
  t.equal(await put(`/v1/users/${a}/following/${uid()}`), 404)
  t.equal(await put(`/v1/users/${a}/following/${b}`, as(b!)), 403, 'another user\'s token')
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/users/${a}/following/${p}`, headers: as(a!) })).statusCode, 204)
  t.equal((await app.inject({ method: 'PATCH', url: `/v1/users/${a}`, headers: as(a!), payload: { name: 'A' } })).statusCode, 200)
  const imported = await app.inject({
    method: 'POST',
    url: '/v1/import',
    headers: { ...admin(), 'content-type': 'application/x-ndjson' },
    payload: [{ follow: { from: b, to: p } }, { follow: { from: p, to: b } }, { follow: { from: b } }, { block: { from: p, to: p } }]
      .map(line => JSON.stringify(line)).join('\n')
  })
  t.match(imported.json(), { follows: 2, rejectedCount: 2 })
  t.equal((await app.inject({ url: `/v1/users/${a}/following`, headers: service() })).statusCode, 200, 'a read counts as no write')
  t.equal(await put(`/v1/users/${a}/mutes/${p}`), 201)
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/users/${a}/mutes/${p}`, headers: as(a!) })).statusCode, 204)

  // The import's line kinds with nothing applied (users, requests, blocks, mutes) do not appear. Blocks and mutes
  // are their users' own business: counted together as "private", never by type (API.md v1.2).
  t.same(writes(await scrape(app)), {
    'user.put created': 3,
    'follow created': 1,
    'follow existing': 1,
    'follow requested': 1,
    'private created': 2,
    'follow refused BLOCKED_BY_TARGET': 1,
    'follow refused SELF_RELATION': 1,
    'follow refused USER_NOT_FOUND': 1,
    'follow refused FORBIDDEN': 1,
    'unfollow done': 1,
    'private done': 1,
    'user.patch updated': 1,
    'import.follow applied': 2,
    'import.line refused VALIDATION': 1,
    'import.line refused SELF_RELATION': 1
  })
})

t.test('a transaction retried after a real deadlock is counted', async t => {
  const app = await build(t)
  const [u1, u2] = await createUsers(app, [uid(), uid()], { name: 'locked' })
  const lock = readQuery('testing/hold-user-locks')
  const holds = (): { promise: Promise<void>, resolve: () => void } => {
    let resolve = (): void => {}
    const promise = new Promise<void>(r => { resolve = r })
    return { promise, resolve }
  }
  const first = holds()
  const second = holds()
  const attempts = [0, 0]
  // Each takes one user's lock, waits until the other holds the other one, then asks for it: Neo4j detects the
  // deadlock and fails one of them with a transient error; the driver runs that one's work again.
  await Promise.all([
    app.db.transaction('WRITE', async tx => {
      attempts[0]!++
      await tx.run(lock, { ids: [u1] })
      first.resolve()
      await second.promise
      await tx.run(lock, { ids: [u2] })
    }),
    app.db.transaction('WRITE', async tx => {
      attempts[1]!++
      await tx.run(lock, { ids: [u2] })
      second.resolve()
      await first.promise
      await tx.run(lock, { ids: [u1] })
    })
  ])
  const retried = attempts[0]! + attempts[1]! - 2
  t.ok(retried >= 1, `the deadlock made the driver run a work again (${retried} times)`)
  const text = await scrape(app)
  t.equal(sample(text, 'graph_transaction_retries_total', { access_mode: 'write' }), retried)
  t.equal(sample(text, 'graph_transaction_retries_total', { access_mode: 'read' }), undefined, 'no read was retried')
})

t.test('while Neo4j is unreachable the gauge says so, and refused writes count as failed', async t => {
  const healthy = await build(t)
  t.equal(sample(await scrape(healthy), 'graph_neo4j_unreachable'), 0)

  const base = testConfig()
  const app = await build(t, { neo4j: { ...base.neo4j, uri: 'neo4j://127.0.0.1:1' } })
  const id = uid()
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: id } })).statusCode, 503)
  const text = await scrape(app)
  t.equal(sample(text, 'graph_neo4j_unreachable'), 1)
  t.ok(Number.isNaN(sample(text, 'graph_change_feed_horizon_lag_seconds')), 'the horizon lag is unknown (NaN)')
  t.same(writes(text), { 'user.put failed DATABASE_UNAVAILABLE': 1 })
})

t.test('the change feed\'s horizon lag: the configured lag, more while a transaction is open', async t => {
  const lag = async (app: Awaited<ReturnType<typeof build>>): Promise<number> => sample(await scrape(app), 'graph_change_feed_horizon_lag_seconds') ?? NaN
  const lagged = await build(t, { changes: { retentionMs: 86_400_000, lagMs: 3000 } })
  t.ok(await lag(lagged) >= 3, 'at least CHANGES_LAG_MS')

  const app = await build(t, { changes: { retentionMs: 86_400_000, lagMs: 0 } })
  const c = connectionOf(instances.test!)
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password))
  t.teardown(async () => { await driver.close() })
  const session = driver.session({ database: 'neo4j' })
  const tx = await session.beginTransaction()
  await tx.run(readQuery('ops/ping').text)
  const held = await until(async () => await lag(app), v => v >= 1.5)
  t.ok(held >= 1.5, `an open transaction holds the horizon back (${held} s)`)
  await tx.commit()
  await session.close()
  const after = await until(async () => await lag(app), v => v < held)
  t.ok(after < held, `released at commit (${after} s)`)
})

t.test('the write path\'s batcher has its place: batch sizes and queue length', async t => {
  const app = await build(t)
  app.graphMetrics.writeBatch(3)
  app.graphMetrics.writeBatch(40)
  app.graphMetrics.read({ writeQueueLength: () => 7 })
  const text = await scrape(app)
  t.equal(sample(text, 'graph_write_batch_size_count'), 2)
  t.equal(sample(text, 'graph_write_batch_size_sum'), 43)
  t.equal(sample(text, 'graph_write_batch_size_bucket', { le: '5' }), 1)
  t.equal(sample(text, 'graph_write_queue_length'), 7)
})

t.test('METRICS_PORT: metrics on a listener of their own, not on the API\'s port', async t => {
  const app = await build(t, { metricsPort: 0 })
  const address = app.metricsServer?.server.address()
  if (address === null || address === undefined || typeof address === 'string') throw new Error('the metrics listener is not listening')
  const id = uid()
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: id } })).statusCode, 201)
  const res = await fetch(`http://127.0.0.1:${address.port}/metrics`)
  t.equal(res.status, 200)
  t.match(res.headers.get('content-type'), /text\/plain/)
  const text = await res.text()
  t.equal(sample(text, 'graph_writes_total', { kind: 'user.put', outcome: 'created', code: '' }), 1)
  t.match(text, /http_request_duration_seconds_count\{[^}]*route="\/v1\/users\/:id"/, 'with the HTTP figures')
  const onApi = await app.inject('/metrics')
  t.equal(onApi.statusCode, 404)
  t.equal(onApi.json().code, 'ROUTE_NOT_FOUND')
  await app.close()
  t.equal(app.metricsServer?.server.listening, false, 'closed with the app')
})

t.test('METRICS_PORT is read from the environment and must differ from PORT', async t => {
  const secret = 'x'.repeat(32)
  const env = { NEO4J_URI: 'neo4j://127.0.0.1:7687', NEO4J_PASSWORD: 'p', JWT_SECRET: secret, CURSOR_SECRET: secret }
  t.equal(configFromEnv(parseEnv({ ...env, METRICS_PORT: '9464' })).metricsPort, 9464)
  t.equal(configFromEnv(parseEnv(env)).metricsPort, undefined)
  t.throws(() => configFromEnv(parseEnv({ ...env, PORT: '9000', METRICS_PORT: '9000' })), new ConfigError('invalid configuration: METRICS_PORT must differ from PORT'))
  t.throws(() => parseEnv({ ...env, METRICS_PORT: 'x' }), { message: 'invalid configuration: METRICS_PORT must be integer' })
})
