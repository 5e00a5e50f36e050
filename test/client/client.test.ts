// The typed client (client/) against the real service over HTTP: a follow, list pages with their cursor, error
// bodies with their code. Its types are checked by the suite's type check (`npm test`'s tsc).
import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { createGraphClient, type ErrorBody, type GraphClient } from '../../client/src/index.js'
import { build, createUsers, token, uid } from '../helper.js'

async function listening (app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 })
  const address = app.server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return `http://127.0.0.1:${address.port}`
}

const as = (baseUrl: string, sub?: string): GraphClient =>
  createGraphClient({ baseUrl, token: token(sub === undefined ? { scope: 'graph:read graph:write' } : { sub }) })

t.test('a user created and a follow made through the client', async t => {
  const app = await build(t)
  const baseUrl = await listening(app)
  const [alice, bob] = [uid(), uid()]
  for (const id of [alice, bob]) {
    const { data, response } = await as(baseUrl, id).PUT('/v1/users/{id}', { params: { path: { id } }, body: { username: id, name: 'Client' } })
    t.equal(response.status, 201)
    t.match(data, { id, username: id, name: 'Client', private: false })
  }
  const graph = as(baseUrl, alice)
  const follow = { params: { path: { id: alice, target: bob } } }
  const first = await graph.PUT('/v1/users/{id}/following/{target}', follow)
  t.equal(first.response.status, 201)
  t.same(first.data, { state: 'following' })
  const again = await graph.PUT('/v1/users/{id}/following/{target}', follow)
  t.equal(again.response.status, 200, 'already following')
  const check = await graph.GET('/v1/users/{id}/following/{target}', follow)
  t.equal(check.response.status, 204)
  const counts = await graph.GET('/v1/users/{id}/counts', { params: { path: { id: bob } } })
  t.match(counts.data, { followers: 1, following: 0 })
})

t.test('a list read page by page with its cursor', async t => {
  const app = await build(t)
  const baseUrl = await listening(app)
  const [star] = await createUsers(app, [uid()])
  const fans = await createUsers(app, [uid(), uid(), uid(), uid(), uid()])
  for (const fan of fans) {
    const { response } = await as(baseUrl, fan).PUT('/v1/users/{id}/following/{target}', { params: { path: { id: fan, target: star! } } })
    t.equal(response.status, 201)
  }
  const reader = as(baseUrl)
  const seen: string[] = []
  const since: string[] = []
  let cursor: string | undefined
  let pages = 0
  do {
    const { data, error } = await reader.GET('/v1/users/{id}/followers', { params: { path: { id: star! }, query: { limit: 2, cursor } } })
    if (error !== undefined) throw new Error(`${error.code}: ${error.message}`)
    pages++
    t.ok(data.items.length <= 2)
    seen.push(...data.items.map(item => item.id))
    since.push(...data.items.map(item => item.since))
    cursor = data.nextCursor ?? undefined
  } while (cursor !== undefined)
  t.equal(pages, 3, '5 followers in pages of 2')
  t.same([...seen].sort(), [...fans].sort(), 'each follower once')
  t.same(since, [...since].sort().reverse(), 'newest follow first')
})

t.test('error bodies with their code', async t => {
  const app = await build(t)
  const baseUrl = await listening(app)
  const [alice] = await createUsers(app, [uid()])
  const graph = as(baseUrl, alice)
  const missing = uid()

  const unknown = await graph.PUT('/v1/users/{id}/following/{target}', { params: { path: { id: alice!, target: missing } } })
  t.equal(unknown.response.status, 404)
  t.equal(unknown.data, undefined)
  const body: ErrorBody | undefined = unknown.error
  t.same(body, { statusCode: 404, code: 'USER_NOT_FOUND', error: 'Not Found', message: `user '${missing}' does not exist` })

  const badCursor = await graph.GET('/v1/users/{id}/followers', { params: { path: { id: alice! }, query: { cursor: 'not-a-cursor' } } })
  t.equal(badCursor.response.status, 400)
  t.equal(badCursor.error?.code, 'INVALID_CURSOR')

  const self = await graph.PUT('/v1/users/{id}/following/{target}', { params: { path: { id: alice!, target: alice! } } })
  t.equal(self.error?.code, 'SELF_RELATION')

  const anonymous = await createGraphClient({ baseUrl }).GET('/v1/users/{id}', { params: { path: { id: alice! } } })
  t.equal(anonymous.response.status, 401)
  t.equal(anonymous.error?.code, 'UNAUTHORIZED')
})

t.test('a token function is asked for each request', async t => {
  const app = await build(t)
  const baseUrl = await listening(app)
  const [alice] = await createUsers(app, [uid()])
  let asked = 0
  const graph = createGraphClient({ baseUrl, token: async () => { asked++; return token({ sub: alice }) } })
  t.equal((await graph.GET('/v1/users/{id}', { params: { path: { id: alice! } } })).response.status, 200)
  t.equal((await graph.GET('/v1/users/{id}/counts', { params: { path: { id: alice! } } })).response.status, 200)
  t.equal(asked, 2)
})
