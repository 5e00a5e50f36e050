// Graph Data Science present (the suite's instance) and absent (the `nogds` instance: the same server
// without GDS's procedure jars, started by this test): start-up says which, and suggestions answer either way.
import { Writable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import t from 'tap'
import neo4j from 'neo4j-driver'
import { buildApp } from '../../src/app.js'
import { Database } from '../../src/database.js'
import { applySchema } from '../../src/queries/schema.js'
import { connectionOf, instances, startLocalNeo4j, stopLocalNeo4j } from '../../scripts/lib/local-neo4j.js'
import { GdsAbsent, precomputeSuggestions } from '../../scripts/lib/precompute-suggestions.js'
import { as, createUsers, testConfig, uid, until } from '../helper.js'

/** An app whose log lines (JSON) are collected. */
async function appWithLog (t: { teardown: (fn: () => unknown) => void }, neo4j = testConfig().neo4j) {
  const lines: Array<Record<string, unknown>> = []
  const stream = new Writable({
    write (chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>)
      done()
    }
  })
  const app = await buildApp({ config: testConfig({ neo4j }), logger: { level: 'info', stream } })
  t.teardown(async () => { await app.close() })
  await app.ready()
  return { app, lines }
}

/** Polls until a log line has the `gds` field (the check runs once Neo4j answers), 60 s at most. */
async function gdsLine (lines: Array<Record<string, unknown>>): Promise<Record<string, unknown>> {
  if (!await until(() => lines.some(l => 'gds' in l), 60_000, 100)) throw new Error('no graph data science line was logged')
  return lines.find(l => 'gds' in l)!
}

/** A user with one friend of a friend, and the suggestions it gets. */
async function friendOfFriend (app: FastifyInstance) {
  const [me, a, x] = await createUsers(app, [uid('gme'), uid('ga'), uid('gx')])
  for (const [from, to] of [[me!, a!], [a!, x!]] as const) {
    const res = await app.inject({ method: 'PUT', url: `/v1/users/${from}/following/${to}`, headers: as(from) })
    if (res.statusCode !== 201) throw new Error(`follow: ${res.statusCode} ${res.body}`)
  }
  const res = await app.inject({ url: `/v1/users/${me!}/suggestions?limit=1`, headers: as(me!) })
  return { status: res.statusCode, body: res.json(), a, x }
}

t.test('GDS present: start-up logs its version; the catalog answers', async t => {
  const { app, lines } = await appWithLog(t)
  const line = await gdsLine(lines)
  t.match(line, { gds: /^2\.13\./, msg: /graph data science 2\.13\.\d+ present/ })
  t.match(await app.graphDataScience.version(), /^2\.13\./)
  const s = await friendOfFriend(app)
  t.equal(s.status, 200)
  t.match(s.body, { items: [{ id: s.x, mutualCount: 1, via: [s.a] }] }, 'the friend of a friend')
})

t.test('GDS absent: start-up says so; no precompute; suggestions still answer from friends of friends', async t => {
  t.setTimeout(300_000)
  const nogds = instances.nogds!
  await startLocalNeo4j(nogds)
  t.teardown(async () => { await stopLocalNeo4j(nogds) })
  const c = connectionOf(nogds)
  // A server just started answers its first statements slowly: the schema is applied before the app's start-up
  // does it, so that step stays within Fastify's 10 s for an onReady hook on a busy machine.
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { disableLosslessIntegers: true })
  await applySchema(new Database(driver, 'neo4j'))
  await driver.close()
  const { app, lines } = await appWithLog(t, { ...testConfig().neo4j, uri: c.uri, password: c.password })
  const line = await gdsLine(lines)
  t.match(line, { gds: null, msg: /graph data science absent/ })
  t.equal(await app.graphDataScience.version(), null)
  const refused = await precomputeSuggestions(app.db).then(() => undefined, (err: unknown) => err)
  t.ok(refused instanceof GdsAbsent, 'the precompute refuses to run')
  t.match((refused as Error).message, /Graph Data Science is not installed/, 'saying why')
  const s = await friendOfFriend(app)
  t.equal(s.status, 200)
  t.match(s.body, { items: [{ id: s.x, mutualCount: 1, via: [s.a] }] }, 'the friend of a friend')
})
