import t from 'tap'
import { admin, as, build, createUsers, service, uid, until } from '../../helper.js'

const isoMs = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
const inSeconds = (s: number): string => new Date(Date.now() + s * 1000).toISOString()

t.test('PUT mutes: 201 new, 200 updated (since kept, until replaced); DELETE 204 idempotent', async t => {
  const app = await build(t)
  const [a, b] = [uid(), uid()]
  await createUsers(app, [a, b])
  const url = `/v1/users/${a}/mutes/${b}`

  const created = await app.inject({ method: 'PUT', url, headers: as(a) })
  t.equal(created.statusCode, 201)
  t.match(created.json(), { id: b, username: b, name: '', since: isoMs, until: null })

  const until = inSeconds(3600)
  const updated = await app.inject({ method: 'PUT', url, headers: as(a), payload: { until } })
  t.equal(updated.statusCode, 200)
  t.same(updated.json(), { ...created.json(), until }, 'since kept, until set')

  const forever = await app.inject({ method: 'PUT', url, headers: as(a), payload: {} })
  t.equal(forever.statusCode, 200)
  t.equal(forever.json().until, null, 'an empty body mutes for ever again')

  const list = await app.inject({ url: `/v1/users/${a}/mutes`, headers: as(a) })
  t.equal(list.statusCode, 200)
  t.same(list.json(), { items: [forever.json()], nextCursor: null })
  const counts = await app.inject({ url: `/v1/users/${a}/counts`, headers: service() })
  t.equal(counts.json().mutes, 1)
  const rel = await app.inject({ url: `/v1/users/${a}/relationships?ids=${b}`, headers: as(a) })
  t.match(rel.json().items[0], { id: b, muting: true, following: false })

  t.equal((await app.inject({ method: 'DELETE', url, headers: as(a) })).statusCode, 204)
  t.equal((await app.inject({ method: 'DELETE', url, headers: as(a) })).statusCode, 204, 'idempotent')
  t.same((await app.inject({ url: `/v1/users/${a}/mutes`, headers: as(a) })).json(), { items: [], nextCursor: null })
  t.equal((await app.inject({ url: `/v1/users/${a}/counts`, headers: service() })).json().mutes, 0)
  t.equal((await app.inject({ method: 'PUT', url, headers: as(a) })).statusCode, 201, 'after unmute, a new mute')
})

t.test('mute rules: SELF_RELATION, USER_NOT_FOUND (DELETE too), until in the future, unknown fields', async t => {
  const app = await build(t)
  const [a, b] = [uid(), uid()]
  await createUsers(app, [a, b])
  const ghost = uid()

  for (const method of ['PUT', 'DELETE'] as const) {
    const self = await app.inject({ method, url: `/v1/users/${a}/mutes/${a}`, headers: as(a) })
    t.equal(self.statusCode, 400, `${method} self`)
    t.equal(self.json().code, 'SELF_RELATION')
    const target = await app.inject({ method, url: `/v1/users/${a}/mutes/${ghost}`, headers: as(a) })
    t.equal(target.statusCode, 404, `${method} unknown target`)
    t.equal(target.json().code, 'USER_NOT_FOUND')
    t.match(target.json().message, ghost)
    const actor = await app.inject({ method, url: `/v1/users/${ghost}/mutes/${a}`, headers: admin() })
    t.equal(actor.statusCode, 404, `${method} unknown actor`)
    t.match(actor.json().message, ghost)
  }

  const past = await app.inject({ method: 'PUT', url: `/v1/users/${a}/mutes/${b}`, headers: as(a), payload: { until: new Date(Date.now() - 1000).toISOString() } })
  t.equal(past.statusCode, 400)
  t.equal(past.json().code, 'VALIDATION')
  t.match(past.json().message, 'until')
  const bad = await app.inject({ method: 'PUT', url: `/v1/users/${a}/mutes/${b}`, headers: as(a), payload: { until: 'tomorrow' } })
  t.equal(bad.statusCode, 400)
  t.equal(bad.json().code, 'VALIDATION')
  const extra = await app.inject({ method: 'PUT', url: `/v1/users/${a}/mutes/${b}`, headers: as(a), payload: { until: inSeconds(60), why: 'x' } })
  t.equal(extra.statusCode, 400)
  t.equal(extra.json().code, 'VALIDATION')
  t.same((await app.inject({ url: `/v1/users/${a}/mutes`, headers: as(a) })).json().items, [], 'nothing written')

  const other = await app.inject({ method: 'PUT', url: `/v1/users/${a}/mutes/${b}`, headers: as(b) })
  t.equal(other.statusCode, 403, 'a token writes only for its own user')
  t.equal(other.json().code, 'FORBIDDEN')
})

t.test('an expired mute is as if absent: list, counts, relationships; a new PUT is 201', async t => {
  const app = await build(t)
  const [a, b, c] = [uid(), uid(), uid()]
  await createUsers(app, [a, b, c])
  const expires = inSeconds(1.5)
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${a}/mutes/${b}`, headers: as(a), payload: { until: expires } })).statusCode, 201)
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${a}/mutes/${c}`, headers: as(a) })).statusCode, 201)
  t.same((await app.inject({ url: `/v1/users/${a}/mutes`, headers: as(a) })).json().items.map((m: { id: string }) => m.id), [c, b])
  t.equal((await app.inject({ url: `/v1/users/${a}/counts`, headers: service() })).json().mutes, 2)

  const muted = async (): Promise<string[]> => (await app.inject({ url: `/v1/users/${a}/mutes`, headers: as(a) })).json().items.map((m: { id: string }) => m.id)
  t.ok(await until(async () => (await muted()).length === 1, 10_000), 'the mute expires')
  t.ok(Date.now() >= Date.parse(expires), 'not before its time')
  t.same(await muted(), [c], 'the expired mute left the list')
  t.equal((await app.inject({ url: `/v1/users/${a}/counts`, headers: service() })).json().mutes, 1, 'and the count')
  const rel = await app.inject({ url: `/v1/users/${a}/relationships?ids=${b},${c}`, headers: as(a) })
  t.same(rel.json().items.map((r: { muting: boolean }) => r.muting), [false, true], 'and the lookup')

  const again = await app.inject({ method: 'PUT', url: `/v1/users/${a}/mutes/${b}`, headers: as(a) })
  t.equal(again.statusCode, 201, 'a PUT over an expired mute is a new mute')
  t.ok(Date.parse(again.json().since) >= Date.parse(expires), 'with a new since')
  t.equal(again.json().until, null)
})

t.test('GET mutes: own view only, 404 for an unknown user, keyset pages newest first, foreign cursor refused', async t => {
  const app = await build(t)
  const [a, b] = [uid(), uid()]
  const targets = [uid(), uid(), uid(), uid(), uid()]
  await createUsers(app, [a, b, ...targets])
  for (const target of targets) {
    t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${a}/mutes/${target}`, headers: as(a) })).statusCode, 201)
  }
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${b}/mutes/${a}`, headers: as(b) })).statusCode, 201)

  const forbidden = await app.inject({ url: `/v1/users/${a}/mutes`, headers: as(b) })
  t.equal(forbidden.statusCode, 403)
  t.equal(forbidden.json().code, 'FORBIDDEN')
  t.equal((await app.inject({ url: `/v1/users/${a}/mutes`, headers: service('graph:read') })).statusCode, 200, 'service token')
  const missing = await app.inject({ url: `/v1/users/${uid()}/mutes`, headers: service() })
  t.equal(missing.statusCode, 404)
  t.equal(missing.json().code, 'USER_NOT_FOUND')

  const seen: string[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`
    const res = await app.inject({ url: `/v1/users/${a}/mutes?limit=2${query}`, headers: as(a) })
    t.equal(res.statusCode, 200)
    const page = res.json() as { items: Array<{ id: string }>, nextCursor: string | null }
    t.ok(page.items.length <= 2)
    seen.push(...page.items.map(m => m.id))
    cursor = page.nextCursor
    pages++
  } while (cursor !== null)
  t.equal(pages, 3)
  t.same(seen, [...targets].reverse(), 'every mute once, newest first')

  const first = (await app.inject({ url: `/v1/users/${a}/mutes?limit=1`, headers: as(a) })).json()
  const foreign = await app.inject({ url: `/v1/users/${b}/mutes?cursor=${encodeURIComponent(first.nextCursor)}`, headers: as(b) })
  t.equal(foreign.statusCode, 400)
  t.equal(foreign.json().code, 'INVALID_CURSOR')
})

t.test('concurrent mutes of one pair: one 201, the rest 200, one edge', async t => {
  const app = await build(t)
  const [a, b] = [uid(), uid()]
  await createUsers(app, [a, b])
  const answers = await Promise.all(Array.from({ length: 12 }, async () =>
    (await app.inject({ method: 'PUT', url: `/v1/users/${a}/mutes/${b}`, headers: as(a) })).statusCode))
  t.same(answers.filter(s => s === 201).length, 1)
  t.same(answers.filter(s => s === 200).length, 11)
  t.equal((await app.inject({ url: `/v1/users/${a}/mutes`, headers: as(a) })).json().items.length, 1)
  t.equal((await app.inject({ url: `/v1/users/${a}/counts`, headers: service() })).json().mutes, 1)
})
