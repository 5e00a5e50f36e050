// Load shedding (src/plugins/external/load-shedding.ts) against the real Neo4j: past MAX_IN_FLIGHT requests in
// flight, a /v1 request is answered 503 OVERLOADED with Retry-After at once and nothing of it happens; the
// operations routes are never shed; the bound frees itself as answers leave.
import { PassThrough } from 'node:stream'
import type { FastifyInstance, InjectOptions } from 'fastify'
import t, { type Test } from 'tap'
import { configFromEnv, parseEnv } from '../../src/config.js'
import { admin, as, build, createUsers, uid } from '../helper.js'

interface Answer { statusCode: number, headers: Record<string, unknown>, body: string, ms: number }

/** Sends the requests from `width` callers at once, each its own share one after another; times each answer. */
async function callers (app: FastifyInstance, requests: InjectOptions[], width: number): Promise<Answer[]> {
  const answers: Answer[] = []
  await Promise.all(Array.from({ length: width }, async (_, caller) => {
    for (let i = caller; i < requests.length; i += width) {
      const start = performance.now()
      const res = await app.inject(requests[i]!)
      answers[i] = { statusCode: res.statusCode, headers: res.headers, body: res.body, ms: performance.now() - start }
    }
  }))
  return answers
}

const median = (answers: Answer[]): number => answers.map(a => a.ms).sort((a, b) => a - b)[Math.floor(answers.length / 2)] ?? Number.NaN

const overloadedBody = { statusCode: 503, code: 'OVERLOADED', error: 'Service Unavailable', message: String }

function checkShed (t: Test, answers: Answer[], ok: number[]): { shed: Answer[], answered: Answer[] } {
  const shed = answers.filter(a => a.statusCode === 503)
  const answered = answers.filter(a => a.statusCode !== 503)
  t.ok(shed.length > 0, `some shed (${shed.length} of ${answers.length})`)
  t.ok(answered.length > 0, `some answered (${answered.length})`)
  t.same(answered.filter(a => !ok.includes(a.statusCode)).map(a => a.body), [], `the rest are ${ok.join(' or ')}`)
  for (const a of shed) {
    t.match(JSON.parse(a.body), overloadedBody)
    t.equal(a.headers['retry-after'], '1')
  }
  // The bench holds the 50 ms target over HTTP; here the bounds are loose for a busy shared machine: no 503
  // waits for a query, so the typical one is answered faster than the typical answered request.
  const slowest = Math.max(...shed.map(a => a.ms))
  t.ok(slowest < 500, `every 503 answered fast (slowest ${slowest.toFixed(1)} ms)`)
  const [shedMedian, answeredMedian] = [median(shed), median(answered)]
  t.ok(shedMedian < answeredMedian, `a 503 faster than an answer (medians ${shedMedian.toFixed(1)} and ${answeredMedian.toFixed(1)} ms)`)
  return { shed, answered }
}

/** Polls until `probe` answers true, failing after `ms`. */
async function eventually (probe: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`)
    await new Promise(resolve => setImmediate(resolve))
  }
}

t.test('reads past the bound: some 503 OVERLOADED with Retry-After, fast; the rest 200', async t => {
  const app = await build(t, { maxInFlight: 4 })
  const [celebrity, ...fans] = await createUsers(app, Array.from({ length: 6 }, () => uid()))
  for (const fan of fans) {
    const res = await app.inject({ method: 'PUT', url: `/v1/users/${fan}/following/${celebrity!}`, headers: as(fan) })
    t.equal(res.statusCode, 201)
  }
  const headers = as(celebrity!)
  const answers = await callers(app, Array.from({ length: 160 }, () => ({ method: 'GET', url: `/v1/users/${celebrity!}/followers`, headers })), 16)
  const { answered } = checkShed(t, answers, [200])
  for (const a of answered) t.equal((JSON.parse(a.body) as { items: unknown[] }).items.length, fans.length)
})

t.test('writes past the bound: every 2xx follow exists afterwards, no 503 follow does', async t => {
  const app = await build(t, { maxInFlight: 4 })
  const [target, ...followers] = await createUsers(app, Array.from({ length: 61 }, () => uid()))
  const answers = await callers(app, followers.map(f => ({ method: 'PUT', url: `/v1/users/${f}/following/${target!}`, headers: as(f) })), 12)
  checkShed(t, answers, [201])
  // One check at a time: under the bound, none is shed.
  const seen: Record<string, number> = {}
  for (const [i, f] of followers.entries()) {
    const res = await app.inject({ method: 'GET', url: `/v1/users/${f}/following/${target!}`, headers: as(f) })
    const key = `${answers[i]!.statusCode} -> ${res.statusCode}`
    seen[key] = (seen[key] ?? 0) + 1
  }
  const shed = answers.filter(a => a.statusCode === 503).length
  t.same(seen, { ...(shed > 0 && { '503 -> 404': shed }), '201 -> 204': followers.length - shed }, 'a 201 follow is there, a 503 one is not')
  const counts = await app.inject({ method: 'GET', url: `/v1/users/${target!}/counts`, headers: as(target!) })
  t.match(counts.json(), { followers: followers.length - shed }, 'the counter agrees')
})

t.test('saturated: /v1 is shed, operations routes are not; the bound frees itself as answers leave', async t => {
  const app = await build(t, { maxInFlight: 2 })
  const [id] = await createUsers(app, [uid()])
  // Imports whose bodies have not ended hold both places until they do.
  const bodies = [new PassThrough(), new PassThrough()]
  const imports = bodies.map(async payload => await app.inject({
    method: 'POST', url: '/v1/import', headers: { ...admin(), 'content-type': 'application/x-ndjson' }, payload
  }))
  const read = async (): Promise<number> => (await app.inject({ method: 'GET', url: `/v1/users/${id!}`, headers: as(id!) })).statusCode
  await eventually(async () => await read() === 503)
  for (const url of ['/healthz', '/readyz', '/metrics', '/openapi.json', '/docs/']) {
    t.equal((await app.inject({ method: 'GET', url })).statusCode, 200, `${url} while saturated`)
  }
  const refused = await app.inject({ method: 'PUT', url: `/v1/users/${id!}`, headers: as(id!), payload: { username: 'renamed_while_shed' } })
  t.equal(refused.statusCode, 503)
  for (const body of bodies) body.end()
  for (const res of await Promise.all(imports)) t.equal(res.statusCode, 200)
  await eventually(async () => await read() === 200)
  t.not((await app.inject({ method: 'GET', url: `/v1/users/${id!}`, headers: as(id!) })).json().username, 'renamed_while_shed', 'the shed update did not happen')
})

t.test('OpenAPI: every /v1 operation documents 503 OVERLOADED with Retry-After', async t => {
  const app = await build(t)
  const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as {
    paths: Record<string, Record<string, { responses: Record<string, { description: string, headers?: Record<string, unknown>, content?: unknown }> }>>
    components: { headers: Record<string, unknown> }
  }
  const missing: string[] = []
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const r = op.responses['503']
      const documented = r?.description.includes('OVERLOADED') === true && r.headers?.['Retry-After'] !== undefined && r.content !== undefined
      if (path.startsWith('/v1/') && !documented) missing.push(`${method} ${path}`)
    }
  }
  t.same(missing, [])
  t.ok(doc.components.headers.RetryAfter)
})

t.test('MAX_IN_FLIGHT: validated, with a default', async t => {
  const env = { NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_PASSWORD: 'p', JWT_SECRET: 'x'.repeat(32), CURSOR_SECRET: 'y'.repeat(32) }
  t.equal(configFromEnv(parseEnv(env)).maxInFlight, 64)
  t.equal(configFromEnv(parseEnv({ ...env, MAX_IN_FLIGHT: '200' })).maxInFlight, 200)
  t.throws(() => parseEnv({ ...env, MAX_IN_FLIGHT: '0' }), { message: 'invalid configuration: MAX_IN_FLIGHT must be >= 1' })
  t.throws(() => parseEnv({ ...env, MAX_IN_FLIGHT: 'many' }), { message: /^invalid configuration: MAX_IN_FLIGHT/ })
})
