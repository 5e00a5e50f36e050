// The access policy from outside: every read route of the OpenAPI document, called by every kind of reader
// against a user in every state, with the answer API.md ("Auth", "Who may read what", "Counts") says each must
// give. The expectations are written here, independently of src/access-policy.ts: a read route this table does
// not know fails the test, so a new route cannot ship without its rule being decided. A second test asserts
// that every /v1 route, whatever its method, answers 401 without a token.
import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { admin, as, build, createUsers, service, uid } from '../helper.js'

type Reader = 'stranger' | 'follower' | 'self' | 'blockedBySubject' | 'blockingSubject' | 'service' | 'admin'
type State = 'public' | 'private' | 'hiddenNetwork' | 'notDiscoverable'
const readers: Reader[] = ['stranger', 'follower', 'self', 'blockedBySubject', 'blockingSubject', 'service', 'admin']
const states: State[] = ['public', 'private', 'hiddenNetwork', 'notDiscoverable']

/** What a route reveals, as API.md words it. */
type Kind = 'profile' | 'counts' | 'network' | 'edge' | 'own' | 'admin'

/** Every read route of the API and its kind. A route missing here fails the test. */
const routes: Record<string, Kind> = {
  '/v1/users/{id}': 'profile',
  '/v1/usernames/{username}': 'profile',
  '/v1/users/{id}/counts': 'counts',
  '/v1/users/{id}/followers': 'network',
  '/v1/users/{id}/following': 'network',
  '/v1/users/{id}/friends': 'network',
  '/v1/users/{id}/known-followers/{target}': 'network',
  '/v1/users/{id}/similar': 'network',
  '/v1/users/{id}/following/{target}': 'edge',
  '/v1/users/{id}/blocks': 'own',
  '/v1/users/{id}/mutes': 'own',
  '/v1/users/{id}/follow-requests': 'own',
  '/v1/users/{id}/relationships': 'own',
  '/v1/users/{id}/suggestions': 'own',
  '/v1/users/{id}/lists': 'network',
  '/v1/users/{id}/lists/{list}': 'network',
  '/v1/users/{id}/lists/{list}/members': 'network',
  '/v1/users/{id}/listed-in': 'own',
  '/v1/users/{id}/list-blocks': 'own',
  '/v1/users/{id}/list-mutes': 'own',
  '/v1/export/users': 'admin',
  '/v1/export/edges': 'admin',
  '/v1/export/lists': 'admin',
  '/v1/export/list-members': 'admin',
  '/v1/export/list-subscriptions': 'admin',
  '/v1/changes': 'admin',
  '/v1/changes/latest': 'admin',
  '/v1/changes/stream': 'admin',
  '/v1/ops/suggestions': 'admin'
}

interface World {
  subject: string
  target: string
  /** Users each reader must never be shown (in a BLOCKS relation with it). */
  hiddenFrom: Partial<Record<Reader, string[]>>
  headers: Record<Reader, { authorization: string }>
}

/** The subject S with followers, followings, a friend, a follower of a following, and readers around it. */
async function world (app: FastifyInstance, state: State): Promise<World> {
  const p = uid('m')
  const [s, target, k, follower, stranger, blocked, blocking, w] = await createUsers(app,
    ['s', 't', 'k', 'f', 'x', 'b1', 'b2', 'w'].map(n => `${p}_${n}`))
  const put = async (url: string, actor: string): Promise<void> => {
    const res = await app.inject({ method: 'PUT', url, headers: as(actor) })
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  }
  const follow = async (a: string, b: string): Promise<void> => { await put(`/v1/users/${a}/following/${b}`, a) }
  await follow(s!, target!) // the edge route's edge; target follows back: a friend
  await follow(target!, s!)
  await follow(s!, k!) // k follows target: a known follower of target for s
  await follow(k!, target!)
  await follow(follower!, s!)
  await follow(w!, s!) // w blocks the stranger: the stranger must not see w
  await put(`/v1/users/${w!}/blocks/${stranger!}`, w!)
  await put(`/v1/users/${s!}/blocks/${blocked!}`, s!)
  await put(`/v1/users/${blocking!}/blocks/${s!}`, blocking!)
  // S's list holds w (whom the stranger must not see) and k; S subscribes to a list of its own.
  const list = await app.inject({ method: 'PUT', url: `/v1/users/${s!}/lists/l`, headers: as(s!), payload: { name: 'l', purpose: 'moderation' } })
  if (list.statusCode !== 201) throw new Error(`PUT list ${list.statusCode} ${list.body}`)
  for (const m of [w!, k!]) await put(`/v1/users/${s!}/lists/l/members/${m}`, s!)
  await put(`/v1/users/${s!}/list-mutes/${s!}/l`, s!)
  const patch = { public: null, private: { private: true }, hiddenNetwork: { hideNetwork: true }, notDiscoverable: { discoverable: false } }[state]
  if (patch !== null) {
    const res = await app.inject({ method: 'PATCH', url: `/v1/users/${s!}`, headers: as(s!), payload: patch })
    if (res.statusCode !== 200) throw new Error(`PATCH ${res.statusCode} ${res.body}`)
  }
  return {
    subject: s!,
    target: target!,
    hiddenFrom: { stranger: [w!], blockedBySubject: [s!], blockingSubject: [s!] },
    headers: {
      stranger: as(stranger!, 'graph:read'),
      follower: as(follower!, 'graph:read'),
      self: as(s!, 'graph:read'),
      blockedBySubject: as(blocked!, 'graph:read'),
      blockingSubject: as(blocking!, 'graph:read'),
      service: service('graph:read'),
      admin: admin()
    }
  }
}

interface Expected { status: number, code?: string }

/** API.md's answer for a route kind, reader and state. */
function expected (kind: Kind, reader: Reader, state: State): Expected {
  const selfOrService = reader === 'self' || reader === 'service' || reader === 'admin'
  const ok = { status: kind === 'edge' ? 204 : 200 }
  switch (kind) {
    case 'profile':
    case 'counts':
      return ok
    case 'own':
      return selfOrService ? ok : { status: 403, code: 'FORBIDDEN' }
    case 'admin':
      return reader === 'admin' ? ok : { status: 403, code: 'FORBIDDEN' }
    case 'network':
    case 'edge':
      if (selfOrService) return ok
      if (state === 'hiddenNetwork') return { status: 403, code: 'HIDDEN_NETWORK' }
      if (state === 'private' && reader !== 'follower') return { status: 403, code: 'PRIVATE_ACCOUNT' }
      return ok
  }
}

/** Counts a reader may see: own ones only for itself and services; network ones not when hidden. */
function visibleCounts (reader: Reader, state: State): string[] {
  const network = ['followers', 'following', 'friends']
  if (reader === 'self' || reader === 'service' || reader === 'admin') return [...network, 'blocks', 'mutes', 'pendingRequests']
  return state === 'hiddenNetwork' ? [] : network
}

function readRoutesOf (app: FastifyInstance): string[] {
  const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> }
  return Object.entries(doc.paths).filter(([path, ops]) => path.startsWith('/v1/') && 'get' in ops).map(([path]) => path)
}

t.test('every read route x every reader x every state answers as API.md says', async t => {
  const app = await build(t)
  const found = readRoutesOf(app)
  t.same(found.filter(path => routes[path] === undefined), [], 'every read route of the OpenAPI document has a known rule')
  t.same(Object.keys(routes).filter(path => !found.includes(path)), [], 'and the table names only routes that exist')

  const latest = (await app.inject({ url: '/v1/changes/latest', headers: admin() })).json<{ next: string }>().next
  for (const state of states) {
    const w = await world(app, state)
    const username = (await app.inject({ url: `/v1/users/${w.subject}`, headers: service() })).json<{ username: string }>().username
    const urlOf = (path: string): string => {
      const url = path.replace('{id}', w.subject).replace('{target}', w.target).replace('{username}', username).replace('{list}', 'l')
      const query: Record<string, string> = {
        '/v1/users/{id}/relationships': `ids=${w.target}`,
        '/v1/export/users': 'after=zzzzzzzz',
        '/v1/export/edges': 'type=FOLLOWS&after=zzzzzzzz,zzzzzzzz',
        '/v1/export/lists': 'after=zzzzzzzz/zzzzzzzz',
        '/v1/export/list-members': 'after=zzzzzzzz/zzzzzzzz,zzzzzzzz',
        '/v1/export/list-subscriptions': 'type=block&after=zzzzzzzz,zzzzzzzz/zzzzzzzz',
        '/v1/changes': 'limit=1',
        '/v1/changes/stream': `after=${encodeURIComponent(latest)}`
      }
      return query[path] === undefined ? url : `${url}?${query[path]}`
    }
    for (const path of found) {
      const kind = routes[path]
      if (kind === undefined) continue
      for (const reader of readers) {
        const res = await app.inject({ url: urlOf(path), headers: w.headers[reader] })
        const want = expected(kind, reader, state)
        const got = { status: res.statusCode, ...(res.statusCode >= 400 && { code: res.json<{ code: string }>().code }) }
        t.same(got, want, `${state} ${path} read by ${reader}`)
        if (res.statusCode !== 200) continue
        if (kind === 'counts') {
          const counts = res.json<Record<string, number | null>>()
          const shown = Object.keys(counts).filter(k => counts[k] !== null)
          t.same(shown.sort(), visibleCounts(reader, state).sort(), `${state} counts read by ${reader}: the fields it may see`)
        }
        // Every network route that lists users: none in a block relation with the reader.
        const items = kind === 'network' ? res.json<{ items?: Array<{ id: string }> }>().items : undefined
        if (items !== undefined) {
          const ids = items.map(i => i.id)
          const hidden = (w.hiddenFrom[reader] ?? []).filter(id => ids.includes(id))
          t.same(hidden, [], `${state} ${path} read by ${reader}: no user in a block relation with the reader`)
        }
      }
    }
  }
})

t.test('a private user\'s following does not leak through known-followers (regression)', async t => {
  const app = await build(t)
  const [priv, followed, target, stranger, fan] = await createUsers(app, ['p', 'f', 't', 'x', 'fan'].map(n => uid(n)))
  for (const [a, b] of [[priv, followed], [followed, target], [fan, priv]] as const) {
    t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${a}/following/${b}`, headers: as(a!) })).statusCode, 201)
  }
  t.equal((await app.inject({ method: 'PATCH', url: `/v1/users/${priv}`, headers: as(priv!), payload: { private: true } })).statusCode, 200)
  const leak = await app.inject({ url: `/v1/users/${priv}/known-followers/${target}`, headers: as(stranger!) })
  t.same([leak.statusCode, leak.json().code], [403, 'PRIVATE_ACCOUNT'], 'a stranger cannot read whom the private user follows')
  t.same([(await app.inject({ url: `/v1/users/${priv}/following`, headers: as(stranger!) })).statusCode], [403], 'as its following list says')
  const byFan = await app.inject({ url: `/v1/users/${priv}/known-followers/${target}`, headers: as(fan!) })
  t.same(byFan.json().items.map((i: { id: string }) => i.id), [followed], 'its follower may')
  // The target's side: a stranger asking about a private target's followers through a public id.
  t.equal((await app.inject({ method: 'PATCH', url: `/v1/users/${priv}`, headers: as(priv!), payload: { private: false } })).statusCode, 200)
  t.equal((await app.inject({ method: 'PATCH', url: `/v1/users/${target}`, headers: as(target!), payload: { private: true } })).statusCode, 200)
  const other = await app.inject({ url: `/v1/users/${priv}/known-followers/${target}`, headers: as(stranger!) })
  t.same([other.statusCode, other.json().code], [403, 'PRIVATE_ACCOUNT'], "nor a private target's followers")
})

t.test('every /v1 route answers 401 UNAUTHORIZED without a token, whatever its method', async t => {
  const app = await build(t)
  const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> }
  let checked = 0
  for (const [path, ops] of Object.entries(doc.paths)) {
    if (!path.startsWith('/v1/')) continue
    for (const method of Object.keys(ops)) {
      const url = path.replace(/\{[^}]+\}/g, 'someone')
      const res = await app.inject({ method: method.toUpperCase() as 'GET', url })
      t.same([res.statusCode, res.json<{ code: string }>().code], [401, 'UNAUTHORIZED'], `${method.toUpperCase()} ${path}`)
      checked++
    }
  }
  t.ok(checked >= 30, `${checked} operations checked`)
})
