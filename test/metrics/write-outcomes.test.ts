// Writes counted by kind and outcome where the write engine decides them, one test per kind of the registry
// (src/queries/write-kinds.ts: user, relationship and list writes), read back from /metrics after real
// requests against the test Neo4j; and what never reaches the engine (a refusal by the access rule or the
// schema) counted by its route, once. (graph-metrics.test.ts covers the import and failures.)
import t from 'tap'
import { countedOf, writeKinds, type Kind } from '../../src/queries/write-kinds.js'
import { as, build, createUsers, uid } from '../helper.js'
import { samples, scrape } from './prometheus.js'

type App = Awaited<ReturnType<typeof build>>

const writes = (text: string): Record<string, number> =>
  Object.fromEntries(samples(text, 'graph_writes_total').map(s => [`${s.labels.kind} ${s.labels.outcome} ${s.labels.code}`.trim(), s.value]))

/** What a step's requests added to graph_writes_total. */
async function counted (app: App, step: () => Promise<void>): Promise<Record<string, number>> {
  const before = writes(await scrape(app))
  await step()
  const after = writes(await scrape(app))
  return Object.fromEntries(Object.entries(after).flatMap(([k, v]) => v - (before[k] ?? 0) > 0 ? [[k, v - (before[k] ?? 0)]] : []))
}

interface Call { method: 'PUT' | 'PATCH' | 'DELETE' | 'POST', url: string, by: string, payload?: Record<string, unknown>, status: number }

const usernameOf = (id: string): string => id.replace(/-/g, '_').slice(0, 24)

t.test('every write kind of the registry is counted where its outcome is decided', async t => {
  const app = await build(t)
  const [a, b, c] = await createUsers(app, [uid(), uid(), uid()])
  const [p] = await createUsers(app, [uid()], { private: true })
  const ghost = uid()
  const call = async ({ method, url, by, payload, status }: Call): Promise<void> => {
    const res = await app.inject({ method, url, headers: as(by), ...(payload !== undefined && { payload }) })
    if (res.statusCode !== status) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}, wanted ${status}`)
  }
  const kind = async (name: Kind, calls: Array<Omit<Call, 'by'> & { by?: string }>, expected: Record<string, number>): Promise<void> => {
    await t.test(name, async t => {
      t.same(await counted(app, async () => { for (const c of calls) await call({ by: a!, ...c }) }), expected)
    })
  }
  const list = `/v1/users/${a}/lists/mod`
  const d = uid()

  await kind('putUser', [
    { method: 'PUT', url: `/v1/users/${d}`, by: d, payload: { username: usernameOf(d) }, status: 201 },
    { method: 'PUT', url: `/v1/users/${d}`, by: d, payload: { username: usernameOf(d), name: 'D' }, status: 200 },
    { method: 'PUT', url: `/v1/users/${d}`, by: d, payload: { username: usernameOf(a!) }, status: 409 }
  ], { 'user.put created': 1, 'user.put updated': 1, 'user.put refused USERNAME_TAKEN': 1 })
  await kind('patchUser', [
    { method: 'PATCH', url: `/v1/users/${d}`, by: d, payload: { name: 'Dee' }, status: 200 },
    { method: 'PATCH', url: `/v1/users/${d}`, by: d, payload: { username: usernameOf(b!) }, status: 409 },
    { method: 'PATCH', url: `/v1/users/${ghost}`, by: ghost, payload: { name: 'G' }, status: 404 }
  ], { 'user.patch updated': 1, 'user.patch refused USERNAME_TAKEN': 1, 'user.patch refused USER_NOT_FOUND': 1 })

  await kind('follow', [
    { method: 'PUT', url: `/v1/users/${a}/following/${b}`, status: 201 },
    { method: 'PUT', url: `/v1/users/${a}/following/${b}`, status: 200 },
    { method: 'PUT', url: `/v1/users/${a}/following/${p}`, status: 202 },
    { method: 'PUT', url: `/v1/users/${a}/following/${a}`, status: 400 },
    { method: 'PUT', url: `/v1/users/${a}/following/${ghost}`, status: 404 }
  ], { 'follow created': 1, 'follow existing': 1, 'follow requested': 1, 'follow refused SELF_RELATION': 1, 'follow refused USER_NOT_FOUND': 1 })
  await kind('unfollow', [{ method: 'DELETE', url: `/v1/users/${a}/following/${b}`, status: 204 }], { 'unfollow done': 1 })
  await kind('removeFollower', [
    { method: 'PUT', url: `/v1/users/${c}/following/${a}`, by: c, status: 201 },
    { method: 'DELETE', url: `/v1/users/${a}/followers/${c}`, status: 204 }
  ], { 'follow created': 1, 'follower.remove done': 1 })
  // Blocks and mutes, direct or by list, are counted together as "private" (src/metrics/registry.ts).
  await kind('block', [
    { method: 'PUT', url: `/v1/users/${b}/blocks/${c}`, by: b, status: 201 },
    { method: 'PUT', url: `/v1/users/${b}/blocks/${c}`, by: b, status: 200 },
    { method: 'PUT', url: `/v1/users/${c}/following/${b}`, by: c, status: 403 }
  ], { 'private created': 1, 'private existing': 1, 'follow refused BLOCKED_BY_TARGET': 1 })
  await kind('unblock', [{ method: 'DELETE', url: `/v1/users/${b}/blocks/${c}`, by: b, status: 204 }], { 'private done': 1 })
  await kind('mute', [
    { method: 'PUT', url: `/v1/users/${a}/mutes/${c}`, status: 201 },
    { method: 'PUT', url: `/v1/users/${a}/mutes/${c}`, status: 200 },
    { method: 'PUT', url: `/v1/users/${a}/mutes/${c}`, payload: { until: '2001-01-01T00:00:00Z' }, status: 400 }
  ], { 'private created': 1, 'private updated': 1, 'private refused VALIDATION': 1 })
  await kind('unmute', [{ method: 'DELETE', url: `/v1/users/${a}/mutes/${c}`, status: 204 }], { 'private done': 1 })
  await kind('accept', [
    { method: 'POST', url: `/v1/users/${p}/follow-requests/${a}/accept`, by: p, status: 200 },
    { method: 'POST', url: `/v1/users/${p}/follow-requests/${a}/accept`, by: p, status: 404 }
  ], { 'request.accept accepted': 1, 'request.accept refused REQUEST_NOT_FOUND': 1 })
  await kind('reject', [
    { method: 'PUT', url: `/v1/users/${b}/following/${p}`, by: b, status: 202 },
    { method: 'POST', url: `/v1/users/${p}/follow-requests/${b}/reject`, by: p, status: 204 },
    { method: 'POST', url: `/v1/users/${p}/follow-requests/${b}/reject`, by: p, status: 404 }
  ], { 'follow requested': 1, 'request.reject rejected': 1, 'request.reject refused REQUEST_NOT_FOUND': 1 })
  await kind('putList', [
    { method: 'PUT', url: list, payload: { name: 'Mod', purpose: 'moderation' }, status: 201 },
    { method: 'PUT', url: list, payload: { name: 'Moderated', purpose: 'moderation' }, status: 200 },
    { method: 'PUT', url: list, payload: { name: 'Mod', purpose: 'curation' }, status: 409 },
    { method: 'PUT', url: `/v1/users/${a}/lists/cur`, payload: { name: 'Cur', purpose: 'curation' }, status: 201 }
  ], { 'list.put created': 2, 'list.put updated': 1, 'list.put refused PURPOSE_FIXED': 1 })
  await kind('addMember', [
    { method: 'PUT', url: `${list}/members/${b}`, status: 201 },
    { method: 'PUT', url: `${list}/members/${b}`, status: 200 },
    { method: 'PUT', url: `${list}/members/${ghost}`, status: 404 },
    { method: 'PUT', url: `/v1/users/${a}/lists/none/members/${b}`, status: 404 }
  ], { 'list.member.add created': 1, 'list.member.add existing': 1, 'list.member.add refused USER_NOT_FOUND': 1, 'list.member.add refused LIST_NOT_FOUND': 1 })
  await kind('removeMember', [{ method: 'DELETE', url: `${list}/members/${b}`, status: 204 }], { 'list.member.remove done': 1 })
  await kind('subscribe', [
    { method: 'PUT', url: `/v1/users/${c}/list-blocks/${a}/mod`, by: c, status: 201 },
    { method: 'PUT', url: `/v1/users/${c}/list-blocks/${a}/mod`, by: c, status: 200 },
    { method: 'PUT', url: `/v1/users/${c}/list-mutes/${a}/mod`, by: c, status: 201 },
    { method: 'PUT', url: `/v1/users/${c}/list-blocks/${a}/cur`, by: c, status: 409 }
  ], { 'private created': 2, 'private existing': 1, 'private refused NOT_A_MODERATION_LIST': 1 })
  await kind('unsubscribe', [
    { method: 'DELETE', url: `/v1/users/${c}/list-blocks/${a}/mod`, by: c, status: 204 },
    { method: 'DELETE', url: `/v1/users/${c}/list-mutes/${a}/mod`, by: c, status: 204 }
  ], { 'private done': 2 })
  await kind('deleteList', [
    { method: 'DELETE', url: list, status: 204 },
    { method: 'DELETE', url: list, status: 204 }
  ], { 'list.delete done': 2 })
  await kind('deleteUser', [
    { method: 'DELETE', url: `/v1/users/${d}`, by: d, status: 204 },
    { method: 'DELETE', url: `/v1/users/${d}`, by: d, status: 404 }
  ], { 'user.delete deleted': 1, 'user.delete refused USER_NOT_FOUND': 1 })
  t.end()
})

t.test('a request refused before its op exists is counted once by its route, under its kind', async t => {
  const app = await build(t)
  const [a, b] = await createUsers(app, [uid(), uid()])
  t.same(await counted(app, async () => {
    t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${a}/lists/x`, headers: as(b!), payload: { name: 'X', purpose: 'curation' } })).statusCode, 403)
    t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${a}/lists/x`, headers: as(a!), payload: { name: '' } })).statusCode, 400)
    t.equal((await app.inject({ method: 'POST', url: `/v1/users/${a}/following`, headers: as(a!), payload: {} })).statusCode, 400)
    t.equal((await app.inject({ method: 'DELETE', url: `/v1/users/${b}`, headers: as(a!) })).statusCode, 403)
  }), { 'list.put refused FORBIDDEN': 1, 'list.put refused VALIDATION': 1, 'follow.many refused VALIDATION': 1, 'user.delete refused FORBIDDEN': 1 })
})

t.test('following many at once counts each target as the single follow it stands for', async t => {
  const app = await build(t)
  const [a, b, c] = await createUsers(app, [uid(), uid(), uid()])
  const [p] = await createUsers(app, [uid()], { private: true })
  await app.inject({ method: 'PUT', url: `/v1/users/${a}/following/${c}`, headers: as(a!) })
  t.same(await counted(app, async () => {
    const res = await app.inject({ method: 'POST', url: `/v1/users/${a}/following`, headers: as(a!), payload: { targets: [b, c, p, a, uid()] } })
    t.equal(res.statusCode, 200)
  }), { 'follow created': 1, 'follow existing': 1, 'follow requested': 1, 'follow refused SELF_RELATION': 1, 'follow refused USER_NOT_FOUND': 1 })
})

t.test('every outcome of every kind has its count: a success by its label, a refusal by the API\'s code', async t => {
  for (const [name, kind] of Object.entries(writeKinds)) {
    const op = kind.phase === 'pairs'
      ? { kind: name, id: 'a', target: 'b' }
      : kind.phase === 'lists' ? { kind: name, id: 'a', owner: 'a', list: 'l', member: 'b', type: 'block' } : { kind: name, id: 'a', username: 'a' }
    for (const outcome of Object.keys(kind.successes)) {
      t.notOk(countedOf(op as never, outcome).outcome === 'refused', `${name} ${outcome} is a success`)
    }
    for (const outcome of kind.refusals) {
      const c = countedOf(op as never, outcome)
      t.equal(c.outcome, 'refused', `${name} ${outcome}`)
      t.match(c.code, /^[A-Z_]+$/)
      t.not(c.code, 'USER_NOT_FOUND_ID')
    }
  }
})
