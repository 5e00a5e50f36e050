// The driver's pool counters (src/metrics/neo4j-pool.ts reads neo4j-driver's internals, for want of a public
// API): a real pool of one connection is driven through each state, so a driver upgrade that moves them fails here.
import neo4j from 'neo4j-driver'
import t from 'tap'
import { connectionOf, instances } from '../../scripts/lib/local-neo4j.js'
import { poolStats, type PoolStats } from '../../src/metrics/neo4j-pool.js'
import { readQuery } from '../../src/queries/cypher.js'
import { build } from '../helper.js'
import { sample, scrape, until } from './prometheus.js'

const ping = readQuery('ops/ping').text
const totals = (stats: PoolStats[] | undefined): { inUse: number, idle: number, waiting: number } => ({
  inUse: (stats ?? []).reduce((n, s) => n + s.inUse, 0),
  idle: (stats ?? []).reduce((n, s) => n + s.idle, 0),
  waiting: (stats ?? []).reduce((n, s) => n + s.waiting, 0)
})
const same = (a: object, b: object): boolean => JSON.stringify(a) === JSON.stringify(b)

t.test('in use, idle and waiting, from a pool of one connection', async t => {
  const c = connectionOf(instances.test!)
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { maxConnectionPoolSize: 1, connectionAcquisitionTimeout: 30_000 })
  t.teardown(async () => { await driver.close() })
  t.same(poolStats(driver), [], 'no pool before the first connection')

  const first = driver.session({ database: 'neo4j' })
  const holding = await first.beginTransaction()
  await holding.run(ping)
  t.same(totals(poolStats(driver)), { inUse: 1, idle: 0, waiting: 0 }, 'one connection held by an open transaction')
  t.match(poolStats(driver), [{ server: `127.0.0.1:${instances.test!.boltPort}` }], 'per server, as host:port')

  const second = driver.session({ database: 'neo4j' })
  const waiting = second.beginTransaction()
  await until(async () => totals(poolStats(driver)), v => same(v, { inUse: 1, idle: 0, waiting: 1 }))
  t.pass('a second session waits for the only connection')

  await holding.commit()
  await first.close()
  const next = await waiting
  await next.run(ping)
  t.same(totals(poolStats(driver)), { inUse: 1, idle: 0, waiting: 0 }, 'handed to the waiting session')
  await next.commit()
  await second.close()
  await until(async () => totals(poolStats(driver)), v => same(v, { inUse: 0, idle: 1, waiting: 0 }))
  t.pass('back in the pool, idle')
})

t.test('the service\'s own pool at /metrics', async t => {
  const app = await build(t)
  await app.inject('/readyz')
  const text = await scrape(app)
  const server = { server: `127.0.0.1:${instances.test!.boltPort}` }
  t.equal(sample(text, 'graph_neo4j_pool_connections_in_use', server), 0, 'nothing held between requests')
  t.ok((sample(text, 'graph_neo4j_pool_connections_idle', server) ?? 0) >= 1, 'the connections used are kept idle')
  t.equal(sample(text, 'graph_neo4j_pool_acquisitions_waiting', server), 0)

  const session = app.db.driver.session({ database: 'neo4j' })
  const tx = await session.beginTransaction()
  await tx.run(ping)
  t.equal(sample(await scrape(app), 'graph_neo4j_pool_connections_in_use', server), 1, 'a transaction holds one')
  await tx.commit()
  await session.close()
})
