// GET /v1/users/{id}/similar: people who follow id also follow these; viewer filtering, discoverable, access.
import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { writeQuery } from '../../../src/queries/cypher.js'
import { precomputeSimilar } from '../../../scripts/lib/precompute-suggestions.js'
import { as, build, importRows, service, uid } from '../../helper.js'

const setDiscoverable = writeQuery('testing/set-discoverable')

interface Item { id: string, username: string, name: string, score: number }

async function similarOf (app: FastifyInstance, id: string, headers: Record<string, string>, limit?: number): Promise<{ status: number, items: Item[], body: any }> {
  const res = await app.inject({ url: `/v1/users/${id}/similar${limit === undefined ? '' : `?limit=${limit}`}`, headers })
  const body = res.json()
  return { status: res.statusCode, items: body.items ?? [], body }
}

/**
 * x has followers f1..f4. a is followed by f1, f2, f3 (Jaccard 3 / (4 + 3 - 3) = 0.75); b by f1 (1/4 = 0.25); c by
 * f4 and three others (1 / (4 + 4 - 1) = 1/7); d (private), e and g by f2 and f3 (2 / 4 = 0.5); v, the reader, by
 * f1 and f2 (0.5).
 */
async function graph (app: FastifyInstance) {
  const p = uid('sim')
  const n = (s: string): string => `${p}_${s}`
  const names = ['x', 'f1', 'f2', 'f3', 'f4', 'o1', 'o2', 'o3', 'a', 'b', 'c', 'd', 'e', 'g', 'v']
  const f = (from: string, to: string) => ({ follow: { from: n(from), to: n(to) } })
  await importRows(app, [
    ...names.map(s => ({ user: { id: n(s), username: `${p}${s}`, name: `User ${s}`, private: s === 'd' } })),
    ...['f1', 'f2', 'f3', 'f4'].map(s => f(s, 'x')),
    f('f1', 'a'), f('f2', 'a'), f('f3', 'a'), f('f1', 'b'),
    ...['f4', 'o1', 'o2', 'o3'].map(s => f(s, 'c')),
    ...['f2', 'f3'].flatMap(s => [f(s, 'e'), f(s, 'g')]), f('f1', 'v'), f('f2', 'v')
  ])
  // d is private: the import makes requests, which d accepts.
  for (const s of ['f2', 'f3']) {
    t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${n(s)}/following/${n('d')}`, headers: as(n(s)) })).statusCode, 202)
    t.equal((await app.inject({ method: 'POST', url: `/v1/users/${n('d')}/follow-requests/${n(s)}/accept`, headers: as(n('d')) })).statusCode, 200)
  }
  return n
}

t.test('ranked by the overlap of followers (Jaccard), scores in 0..1, never id itself', async t => {
  const app = await build(t)
  const n = await graph(app)
  const { status, items } = await similarOf(app, n('x'), service())
  t.equal(status, 200)
  t.same(items.map(i => [i.id, Math.round(i.score * 1e4) / 1e4]), [
    [n('a'), 0.75], [n('d'), 0.5], [n('e'), 0.5], [n('g'), 0.5], [n('v'), 0.5], [n('b'), 0.25], [n('c'), 0.1429]
  ], 'best first, ties by id')
  t.match(items[0], { username: /^sim/, name: 'User a' })
  t.same((await similarOf(app, n('x'), service(), 2)).items.map(i => i.id), [n('a'), n('d')], 'limit')

  // The precompute stores the same list; reads then come from it, still checked when read.
  t.equal(await precomputeSimilar(app.db, [n('x')]), 1)
  t.same((await similarOf(app, n('x'), service())).items, items, 'the stored list answers the same')
  await app.db.run(setDiscoverable, { id: n('e'), discoverable: false })
  t.notOk((await similarOf(app, n('x'), service())).items.some(i => i.id === n('e')), 'discoverable: false is never shown')
})

t.test('viewer-aware: the reader, what it follows or requested, blocks either way and mutes are left out', async t => {
  const app = await build(t)
  const n = await graph(app)
  t.equal(await precomputeSimilar(app.db, [n('x')]), 1)
  const v = as(n('v'))
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${n('v')}/following/${n('a')}`, headers: v })).statusCode, 201)
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${n('v')}/following/${n('d')}`, headers: v })).statusCode, 202)
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${n('c')}/blocks/${n('v')}`, headers: as(n('c')) })).statusCode, 201)
  // A mute is the muter's alone: g muting v changes nothing v is shown; v muting e leaves e out.
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${n('g')}/mutes/${n('v')}`, headers: as(n('g')) })).statusCode, 201)
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${n('v')}/mutes/${n('e')}`, headers: v })).statusCode, 201)
  // A block made a moment before the read.
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${n('v')}/blocks/${n('b')}`, headers: v })).statusCode, 201)

  t.same((await similarOf(app, n('x'), v)).items.map(i => i.id), [n('g')],
    'a followed, d requested, c blocks v, e muted by v, b blocked by v, v itself: left out; g, which mutes v, kept')
  t.same((await similarOf(app, n('x'), service())).items.map(i => i.id), [n('a'), n('d'), n('e'), n('g'), n('v'), n('b'), n('c')],
    'a service token: no viewer, nothing left out (the stored order)')
})

t.test('access: a private account\'s similar accounts are for itself, its followers and services', async t => {
  const app = await build(t)
  const p = uid('simp')
  const [x, f, s] = [`${p}_x`, `${p}_f`, `${p}_s`]
  await importRows(app, [{ user: { id: x, username: `${p}x`, private: true } }, { user: { id: f, username: `${p}f` } }, { user: { id: s, username: `${p}s` } }])
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${f}/following/${x}`, headers: as(f) })).statusCode, 202)
  t.equal((await app.inject({ method: 'POST', url: `/v1/users/${x}/follow-requests/${f}/accept`, headers: as(x) })).statusCode, 200)
  const stranger = await similarOf(app, x, as(s))
  t.equal(stranger.status, 403)
  t.equal(stranger.body.code, 'PRIVATE_ACCOUNT')
  for (const [who, headers] of [['itself', as(x)], ['a follower', as(f)], ['a service', service()]] as const) {
    t.equal((await similarOf(app, x, headers)).status, 200, who)
  }
  t.equal((await similarOf(app, `${p}_nobody`, service())).status, 404)
  t.equal((await similarOf(app, x, service(), 0)).status, 400)
  t.equal((await similarOf(app, x, service(), 101)).status, 400)
  t.equal((await app.inject({ url: `/v1/users/${x}/similar` })).statusCode, 401)
})

t.test('only follows the reader may see are sampled and counted (API.md v1.2)', async t => {
  const app = await build(t)
  const p = uid('simv')
  const n = (s: string): string => `${p}_${s}`
  // a is public with followers f (public), v (private) and h (hidden network); x and y are private, z public.
  // v follows x and h follows y: neither follow is visible to a stranger r (it may read neither v's or h's
  // following nor x's or y's followers). f follows z, which everyone may see.
  await importRows(app, [
    ...['a', 'f', 'v', 'h', 'x', 'y', 'z', 'r'].map(s => ({ user: { id: n(s), username: `${p}${s}`, private: ['v', 'x', 'y'].includes(s), hideNetwork: s === 'h' } })),
    ...['f', 'v', 'h'].map(s => ({ follow: { from: n(s), to: n('a') } })),
    { follow: { from: n('f'), to: n('z') } }
  ])
  const follow = async (from: string, to: string): Promise<void> => {
    t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${n(from)}/following/${n(to)}`, headers: as(n(from)) })).statusCode, 202)
    t.equal((await app.inject({ method: 'POST', url: `/v1/users/${n(to)}/follow-requests/${n(from)}/accept`, headers: as(n(to)) })).statusCode, 200)
  }
  await follow('v', 'x')
  await follow('h', 'y')
  const ids = async (headers: Record<string, string>): Promise<string[]> => (await similarOf(app, n('a'), headers)).items.map(i => i.id).sort()
  t.same(await ids(as(n('r'))), [n('z')], 'a stranger: x (through private v) and y (through hidden h) are not named')
  t.same(await ids(service()), [n('x'), n('y'), n('z')].sort(), 'a service token sees every follow')
  t.same(await ids(as(n('x'))), [n('z')], 'x may see v -> x (its own followers) but not h -> y; x itself is never shown to x')
  t.equal(await precomputeSimilar(app.db, [n('a')]), 1)
  t.same(await ids(service()), [n('z')], 'the precompute draws only on what everyone may see')
  t.same(await ids(as(n('r'))), [n('z')])
})

t.test('a stored list answers even when every account on it is left out: none, not a list computed now', async t => {
  const app = await build(t)
  const n = await graph(app)
  t.equal(await precomputeSimilar(app.db, [n('x')]), 1)
  // After the precompute, f1 follows o1: a list computed now would name o1 (1 / 4), the stored one cannot.
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${n('f1')}/following/${n('o1')}`, headers: as(n('f1')) })).statusCode, 201)
  const stored = (await similarOf(app, n('x'), service())).items.map(i => i.id)
  t.same(stored, [n('a'), n('d'), n('e'), n('g'), n('v'), n('b'), n('c')], 'the stored list, without o1')
  for (const id of stored) await app.db.run(setDiscoverable, { id, discoverable: false })
  const { status, items } = await similarOf(app, n('x'), service())
  t.equal(status, 200)
  t.same(items, [], 'every stored account is discoverable: false now; o1 is not computed in their place')
})
