// Schema-driven fuzzing from the service's own OpenAPI document: for every documented operation (routes
// added later are picked up automatically), fast-check generates valid and invalid path parameters,
// querystrings and bodies, sent with valid tokens. Every answer must be a status the operation declares,
// never a 5xx, with a body that matches the declared schema for that status (Ajv, JSON Schema 2020-12).
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import t from 'tap'
import { admin, as, build, createUsers, service, uid } from '../helper.js'

type Schema = Record<string, unknown> & {
  type?: string | string[], pattern?: string, minLength?: number, maxLength?: number, minimum?: number, maximum?: number,
  enum?: unknown[], anyOf?: Schema[], properties?: Record<string, Schema>, required?: string[], format?: string,
  additionalProperties?: boolean, items?: Schema, const?: unknown
}
interface Parameter { in: 'path' | 'query' | 'header', name: string, required?: boolean, schema: Schema }
interface Operation {
  parameters?: Parameter[]
  requestBody?: { required?: boolean, content: Record<string, { schema: Schema }> }
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>
}
interface Spec { method: string, path: string, op: Operation }
interface Sent { method: string, url: string, headers: Record<string, string>, payload?: string }

/** Strings a hostile caller sends: injection look-alikes, unicode look-alikes, control bytes, huge values. */
const nasty = [
  '', ' ', "x' OR 1=1 //", '}) DETACH DELETE n //', 'a`b', '$id', '{id}', '\u0000', 'a\u0000b', 'ａｌｉｃｅ', 'аlice', 'İ', 'ß',
  '\u202e', '😀', '../../etc/passwd', '%00', '%2F', 'null', 'true', '-1', '1e309', 'NaN', '0x10', ',', ',,', 'a,', 'x'.repeat(65),
  'y'.repeat(5000), '<script>', '\\', '"', 'a b', 'ℌ', '\uFEFFid'
]
const nastyArb = fc.constantFrom(...nasty)

function valid (schema: Schema, ids: string[]): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const)
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum)
  if (schema.anyOf !== undefined) return fc.oneof(...schema.anyOf.map(s => valid(s, ids)))
  switch (schema.type) {
    case 'integer': return fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000_000 })
    case 'number': return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true })
    case 'boolean': return fc.boolean()
    case 'null': return fc.constant(null)
    case 'array': return fc.array(valid(schema.items ?? {}, ids), { maxLength: 5 })
    case 'object': {
      const props = Object.entries(schema.properties ?? {})
      const required = new Set(schema.required ?? [])
      return fc.record(Object.fromEntries(props.map(([k, s]) => [k, valid(s, ids)])), { requiredKeys: props.map(([k]) => k).filter(k => required.has(k)) })
    }
    default: {
      if (schema.format === 'date-time') {
        return fc.date({ min: new Date(Date.now() - 86_400_000), max: new Date(Date.now() + 365 * 86_400_000), noInvalidDate: true }).map(d => d.toISOString())
      }
      if (schema.pattern !== undefined) {
        const generated = fc.stringMatching(new RegExp(schema.pattern))
        // Ids the service knows make the valid requests reach real data, not only 404s.
        return /A-Za-z0-9_-/.test(schema.pattern) && ids.length > 0
          ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: generated })
          : generated
      }
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 200) })
    }
  }
}

/** Mostly values the schema accepts, sometimes values it must refuse. */
function value (schema: Schema, ids: string[]): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 7, arbitrary: valid(schema, ids) }, { weight: 2, arbitrary: nastyArb },
    { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.string({ unit: 'binary', maxLength: 30 })) })
}

function bodyArb (schema: Schema, ids: string[]): fc.Arbitrary<string | undefined> {
  const objects = schema.type === 'object'
    ? fc.tuple(valid(schema, ids), fc.option(fc.record({ key: fc.constantFrom('admin', '__proto__', 'constructor', 'extra', 'id'), v: value({}, ids) }), { freq: 4 }))
      .map(([o, extra]) => extra === null ? o : { ...(o as object), [extra.key]: extra.v })
    : valid(schema, ids)
  return fc.oneof(
    { weight: 6, arbitrary: objects.map(o => JSON.stringify(o)) },
    // A valid shape with one field replaced by a hostile value.
    { weight: 2, arbitrary: fc.tuple(objects, fc.constantFrom(...Object.keys(schema.properties ?? { x: {} })), value({}, ids)).map(([o, k, v]) => JSON.stringify({ ...(o as object), [k]: v })) },
    { weight: 1, arbitrary: fc.constantFrom('[]', '"str"', '42', 'null', '{', '{"a":', '{"__proto__":{"admin":true}}', '[' .repeat(3000) + ']'.repeat(3000), '') },
    { weight: 1, arbitrary: fc.constant(undefined) }
  )
}

function requestArb (spec: Spec, ids: string[], hubs: string[], feedEnd: string): fc.Arbitrary<Sent> {
  const params = spec.op.parameters ?? []
  const path = params.filter(p => p.in === 'path')
  const query = params.filter(p => p.in === 'query' && !(p.name === 'follow' && spec.path.endsWith('/stream')))
  const json = spec.op.requestBody?.content['application/json']?.schema
  return fc.record({
    path: fc.tuple(...path.map(p => value(p.schema, ids).map(String).filter(s => s !== ''))),
    query: fc.tuple(...query.map(p => fc.option(value(p.schema, ids), { freq: p.required === true ? 10 : 2 }))),
    body: json === undefined ? fc.constant(undefined) : bodyArb(json, ids),
    who: fc.constantFrom('self', 'self', 'self', 'self', 'admin', 'admin', 'service', 'other', 'hub'),
    hub: fc.constantFrom(...hubs)
  }).map(({ path: pv, query: qv, body, who, hub }) => {
    let url = spec.path
    path.forEach((p, i) => { url = url.replace(`{${p.name}}`, encodeURIComponent(pv[i] ?? 'x')) })
    const qs = query.flatMap((p, i) => qv[i] === null || qv[i] === undefined ? [] : [`${encodeURIComponent(p.name)}=${encodeURIComponent(String(qv[i]))}`])
    // The feed's stream without a cursor is the whole feed of the shared test database: start it at its end.
    if (spec.path === '/v1/changes/stream' && !qs.some(q => q.startsWith('after='))) qs.push(`after=${encodeURIComponent(feedEnd)}`)
    if (qs.length > 0) url += `?${qs.join('&')}`
    const self = pv[0] ?? uid()
    const headers = who === 'self' ? as(self) : who === 'admin' ? admin() : who === 'service' ? service() : who === 'hub' ? as(hub) : as(uid())
    return { method: spec.method.toUpperCase(), url, headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' }, ...(body !== undefined && { payload: body }) }
  })
}

t.test('fuzzing every operation of /openapi.json: no 5xx, every answer declared and matching its schema', async t => {
  t.setTimeout(120_000)
  const app = await build(t)
  const doc = (await app.inject('/openapi.json')).json() as { paths: Record<string, Record<string, Operation>>, components?: unknown }
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true })
  addFormats.default(ajv)

  // A small graph so valid ids reach real users and edges.
  const users = await createUsers(app, Array.from({ length: 6 }, () => uid('fz')))
  const [a, b, c, d] = users as [string, string, string, string]
  for (const [x, y] of [[a, b], [b, a], [a, c], [c, b], [d, a]] as const) await app.inject({ method: 'PUT', url: `/v1/users/${x}/following/${y}`, headers: as(x) })
  await app.inject({ method: 'PATCH', url: `/v1/users/${c}`, headers: as(c), payload: { private: true } })
  await app.inject({ method: 'PUT', url: `/v1/users/${d}/following/${c}`, headers: as(d) })
  await app.inject({ method: 'PUT', url: `/v1/users/${b}/blocks/${d}`, headers: as(b) })
  await app.inject({ method: 'PUT', url: `/v1/users/${a}/mutes/${d}`, headers: as(a), payload: {} })
  // Lists named like the users (list ids follow the user-id pattern, so generated list ids hit them too), with
  // members and subscriptions.
  for (const owner of users) {
    await app.inject({ method: 'PUT', url: `/v1/users/${owner}/lists/${a}`, headers: as(owner), payload: { name: 'mod', purpose: 'moderation' } })
    await app.inject({ method: 'PUT', url: `/v1/users/${owner}/lists/${b}`, headers: as(owner), payload: { name: 'pack', purpose: 'curation' } })
    for (const m of [c, d]) await app.inject({ method: 'PUT', url: `/v1/users/${owner}/lists/${a}/members/${m}`, headers: as(owner) })
    await app.inject({ method: 'PUT', url: `/v1/users/${owner}/list-mutes/${a}/${a}`, headers: as(owner) })
  }

  const feedEnd = (await app.inject({ url: '/v1/changes/latest', headers: admin() })).json<{ next: string }>().next
  const specs: Spec[] = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).filter(([m]) => ['get', 'put', 'post', 'patch', 'delete'].includes(m)).map(([method, op]) => ({ method, path, op })))
  // Deletions last, so the other operations meet the seeded users.
  const late = (s: Spec): number => s.method !== 'delete' ? 0 : s.path === '/v1/users/{id}' ? 2 : 1
  specs.sort((x, y) => late(x) - late(y))
  const streams = (s: Spec): boolean => Object.values(s.op.responses).some(r => r.content?.['application/x-ndjson'] !== undefined)
  const perOperation = Math.max(30, Math.floor(3_600 / specs.length))

  const validators = new Map<string, ReturnType<typeof ajv.compile>>()
  const validatorFor = (schema: Schema, key: string) => {
    let v = validators.get(key)
    if (v === undefined) { v = ajv.compile({ ...schema, components: doc.components }); validators.set(key, v) }
    return v
  }

  const failures = new Map<string, string>()
  let sent = 0
  const byStatus = new Map<number, number>()
  const reached = new Set<string>()
  const started = Date.now()
  // A time budget of 20 s keeps the file near half a minute on a busy machine: each operation gets its share, in
  // order, and at least 16 requests (12 for a stream). CI also fuzzes the running service from outside (.ci/run, schemathesis).
  const budgetMs = 20_000
  for (const [index, spec] of specs.entries()) {
    const runs = streams(spec) ? 12 : perOperation
    const requests = fc.sample(requestArb(spec, users, users, feedEnd), { numRuns: runs })
    const opDeadline = started + (index + 1) * budgetMs / specs.length
    for (let i = 0; i < requests.length && (i < 16 || Date.now() < opDeadline); i += 8) {
      await Promise.all(requests.slice(i, i + 8).map(async req => {
        const res = await app.inject({ method: req.method as 'GET', url: req.url, headers: req.headers, ...(req.payload !== undefined && { payload: req.payload }) })
        sent++
        byStatus.set(res.statusCode, (byStatus.get(res.statusCode) ?? 0) + 1)
        if (res.statusCode < 300) reached.add(`${spec.method.toUpperCase()} ${spec.path}`)
        const where = `${spec.method.toUpperCase()} ${spec.path}`
        const declared = spec.op.responses[String(res.statusCode)] ?? spec.op.responses.default
        const fail = (why: string): void => {
          const key = `${where} ${res.statusCode} ${why.slice(0, 160)}`
          if (!failures.has(key)) failures.set(key, `${req.method} ${req.url.slice(0, 200)} body=${(req.payload ?? '').slice(0, 200)} -> ${res.body.slice(0, 300)}`)
        }
        if (res.statusCode >= 500) { fail('server error'); return }
        if (declared === undefined) { fail('undeclared status'); return }
        if (res.statusCode === 204) { if (res.body !== '') fail('204 with a body'); return }
        const type = String(res.headers['content-type'] ?? '').split(';')[0] ?? ''
        const content = declared.content?.[type]
        if (declared.content !== undefined && content === undefined) { fail(`undeclared content-type ${type}`); return }
        if (content === undefined) return
        const validate = validatorFor(content.schema, `${where} ${res.statusCode} ${type}`)
        const bodies = type === 'application/x-ndjson' ? res.body.split('\n').filter(l => l !== '').slice(0, 200) : [res.body]
        for (const text of bodies) {
          // Text answers (the metrics, the Browser guide and its style) are checked as the string they are.
          let parsed: unknown = text
          if (!type.startsWith('text/')) try { parsed = JSON.parse(text) } catch { fail('body is not JSON'); return }
          if (!validate(parsed)) { fail(`schema: ${ajv.errorsText(validate.errors)}`); return }
          if (res.statusCode >= 400 && !/^[A-Z][A-Z0-9_]*$/.test((parsed as { code?: string }).code ?? '')) fail('error without an UPPER_SNAKE code')
        }
      }))
    }
  }
  t.comment(`${sent} requests over ${specs.length} operations in ${Date.now() - started} ms`)
  t.ok(sent >= 1_000, 'over a thousand requests (2,016 in 19.6 s in a fresh-clone CI run)')
  t.comment(`statuses: ${JSON.stringify(Object.fromEntries([...byStatus].sort((x, y) => x[0] - y[0])))}`)
  const never = specs.map(s => `${s.method.toUpperCase()} ${s.path}`).filter(k => !reached.has(k))
  t.comment(`operations never answered 2xx: ${never.join(', ') || 'none'}`)
  t.ok(reached.size >= specs.length * 0.7, `${reached.size} of ${specs.length} operations reached a 2xx answer`)
  t.same([...failures].map(([k, v]) => `${k}\n    e.g. ${v}`), [], 'no 5xx, no undeclared status, no body off its schema')
})
