import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { admin, as, build, service, uid } from '../../helper.js'
import { block, call, counts, follow, freshUsers, listIds, unfollow } from '../../graph-helper.js'

const isoMs = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

async function decide (app: FastifyInstance, owner: string, requester: string, verdict: 'accept' | 'reject', headers = as(owner)) {
  const res = await app.inject({ method: 'POST', url: `/v1/users/${owner}/follow-requests/${requester}/${verdict}`, headers })
  return { status: res.statusCode, body: res.body === '' ? null : res.json() }
}

async function requestIds (app: FastifyInstance, owner: string): Promise<string[]> {
  const res = await call(app, 'GET', `/v1/users/${owner}/follow-requests?limit=1000`, as(owner))
  if (res.status !== 200) throw new Error(`follow-requests of ${owner}: ${res.status}`)
  return res.body.items.map((i: { id: string }) => i.id)
}

t.test('request -> accept: the request leaves the list, both users\' lists and counts change', async t => {
  const app = await build(t)
  const [owner] = await freshUsers(app, 1, { private: true }) as [string]
  const [fan, other] = await freshUsers(app, 2) as [string, string]

  t.same(await follow(app, fan, owner), { status: 202, body: { state: 'requested' } })
  t.same(await follow(app, fan, owner), { status: 202, body: { state: 'requested' } }, 'again 202 while pending')
  const pending = await call(app, 'GET', `/v1/users/${owner}/follow-requests`, as(owner))
  t.equal(pending.status, 200)
  t.match(pending.body, { items: [{ id: fan, username: fan, name: '', since: isoMs }], nextCursor: null })
  t.match(await counts(app, owner), { followers: 0, pendingRequests: 1 })
  t.match(await counts(app, fan), { following: 0 })
  t.same(await listIds(app, fan, 'following'), [])
  const rel = await call(app, 'GET', `/v1/users/${fan}/relationships?ids=${owner}`, as(fan))
  t.match(rel.body.items[0], { following: false, requested: true, requestedBy: false })

  const accepted = await decide(app, owner, fan, 'accept')
  t.same(accepted, { status: 200, body: { state: 'following' } })
  t.same(await requestIds(app, owner), [])
  t.same(await listIds(app, owner, 'followers'), [fan])
  t.same(await listIds(app, fan, 'following'), [owner])
  t.match(await counts(app, owner), { followers: 1, pendingRequests: 0 })
  t.match(await counts(app, fan), { following: 1 })
  const since = (await call(app, 'GET', `/v1/users/${owner}/followers`, service())).body.items[0].since
  t.ok(Date.parse(since) > Date.parse(pending.body.items[0].since), 'since is when it was accepted, not requested')
  t.equal((await call(app, 'GET', `/v1/users/${fan}/following/${owner}`, service())).status, 204)
  t.same(await follow(app, fan, owner), { status: 200, body: { state: 'following' } }, 'a follower of a private user follows (200)')

  const again = await decide(app, owner, fan, 'accept')
  t.equal(again.status, 404)
  t.equal(again.body.code, 'REQUEST_NOT_FOUND')
  const never = await decide(app, owner, other, 'reject')
  t.equal(never.status, 404)
  t.equal(never.body.code, 'REQUEST_NOT_FOUND')
})

t.test('reject drops the request (204); the requester may ask again', async t => {
  const app = await build(t)
  const [owner] = await freshUsers(app, 1, { private: true }) as [string]
  const [fan] = await freshUsers(app, 1) as [string]
  t.equal((await follow(app, fan, owner)).status, 202)
  t.same(await decide(app, owner, fan, 'reject'), { status: 204, body: null })
  t.same(await requestIds(app, owner), [])
  t.same(await listIds(app, owner, 'followers'), [])
  t.equal((await call(app, 'GET', `/v1/users/${fan}/following/${owner}`, service())).status, 404)
  t.match(await counts(app, owner), { followers: 0, pendingRequests: 0 })
  t.equal((await decide(app, owner, fan, 'reject')).body.code, 'REQUEST_NOT_FOUND', 'only once')
  t.equal((await follow(app, fan, owner)).status, 202, 'asks again')
  t.same(await requestIds(app, owner), [fan])
})

t.test('the requester cancels by unfollowing', async t => {
  const app = await build(t)
  const [owner] = await freshUsers(app, 1, { private: true }) as [string]
  const [fan] = await freshUsers(app, 1) as [string]
  t.equal((await follow(app, fan, owner)).status, 202)
  t.equal((await unfollow(app, fan, owner)).status, 204)
  t.same(await requestIds(app, owner), [])
  t.equal((await counts(app, owner)).pendingRequests, 0)
  t.equal((await decide(app, owner, fan, 'accept')).body.code, 'REQUEST_NOT_FOUND', 'nothing left to accept')
  t.same(await listIds(app, owner, 'followers'), [])
})

t.test('private -> public accepts every pending request in the same write (PATCH and PUT)', async t => {
  const app = await build(t)
  const [owner, owner2] = await freshUsers(app, 2, { private: true }) as [string, string]
  const fans = await freshUsers(app, 4)
  for (const f of fans) t.equal((await follow(app, f, owner)).status, 202)
  t.equal((await counts(app, owner)).pendingRequests, 4)

  const patched = await call(app, 'PATCH', `/v1/users/${owner}`, as(owner), { name: 'Open now' })
  t.equal(patched.status, 200)
  t.equal((await counts(app, owner)).pendingRequests, 4, 'a PATCH that keeps private changes nothing')

  t.equal((await call(app, 'PATCH', `/v1/users/${owner}`, as(owner), { private: false })).body.private, false)
  t.same(await requestIds(app, owner), [])
  t.same((await listIds(app, owner, 'followers')).sort(), [...fans].sort(), 'every requester became a follower')
  for (const f of fans) t.same(await listIds(app, f, 'following'), [owner])
  t.match(await counts(app, owner), { followers: 4, pendingRequests: 0 })
  const [late] = await freshUsers(app, 1) as [string]
  t.equal((await follow(app, late, owner)).status, 201, 'a public account is followed at once')

  t.equal((await follow(app, fans[0]!, owner2)).status, 202)
  const put = await call(app, 'PUT', `/v1/users/${owner2}`, as(owner2), { username: owner2 })
  t.equal(put.status, 200)
  t.equal(put.body.private, false, 'PUT without private makes the account public')
  t.same(await listIds(app, owner2, 'followers'), [fans[0]])
  t.equal((await counts(app, owner2)).pendingRequests, 0)
})

t.test('a block drops pending requests both ways; a new request to a blocker is 403 BLOCKED_BY_TARGET', async t => {
  const app = await build(t)
  const [owner, closed] = await freshUsers(app, 2, { private: true }) as [string, string]
  const [fan] = await freshUsers(app, 1) as [string]

  t.equal((await follow(app, fan, owner)).status, 202)
  t.equal((await block(app, owner, fan)).status, 201, 'the owner blocks the requester')
  t.same(await requestIds(app, owner), [])
  t.equal((await counts(app, owner)).pendingRequests, 0)
  const refused = await follow(app, fan, owner)
  t.equal(refused.status, 403)
  t.equal(refused.body.code, 'BLOCKED_BY_TARGET')
  t.same(await requestIds(app, owner), [], 'no request written')
  t.equal((await decide(app, owner, fan, 'accept')).body.code, 'REQUEST_NOT_FOUND')

  t.equal((await follow(app, fan, closed)).status, 202)
  t.equal((await block(app, fan, closed)).status, 201, 'the requester blocks the private user')
  t.same(await requestIds(app, closed), [], 'its own request is gone too')
  const rel = await call(app, 'GET', `/v1/users/${fan}/relationships?ids=${closed}`, as(fan))
  t.match(rel.body.items[0], { requested: false, blocking: true })
})

t.test('follow-requests auth and rules: own view, writeAs, SELF_RELATION, USER_NOT_FOUND, pages', async t => {
  const app = await build(t)
  const [owner] = await freshUsers(app, 1, { private: true }) as [string]
  const fans = await freshUsers(app, 5)
  for (const f of fans) t.equal((await follow(app, f, owner)).status, 202)

  const other = await call(app, 'GET', `/v1/users/${owner}/follow-requests`, as(fans[0]!))
  t.equal(other.status, 403)
  t.equal(other.body.code, 'FORBIDDEN')
  t.equal((await call(app, 'GET', `/v1/users/${owner}/follow-requests`, service('graph:read'))).status, 200, 'service token')
  const missing = await call(app, 'GET', `/v1/users/${uid()}/follow-requests`, service())
  t.equal(missing.status, 404)
  t.equal(missing.body.code, 'USER_NOT_FOUND')

  const byRequester = await decide(app, owner, fans[0]!, 'accept', as(fans[0]!))
  t.equal(byRequester.status, 403, 'the requester cannot accept its own request')
  t.equal(byRequester.body.code, 'FORBIDDEN')
  t.equal((await decide(app, owner, owner, 'accept')).body.code, 'SELF_RELATION')
  t.equal((await decide(app, owner, owner, 'reject')).body.code, 'SELF_RELATION')
  const ghost = uid()
  const unknown = await decide(app, owner, ghost, 'reject')
  t.equal(unknown.status, 404)
  t.equal(unknown.body.code, 'USER_NOT_FOUND')
  t.equal((await decide(app, ghost, fans[0]!, 'accept', admin())).body.code, 'USER_NOT_FOUND')
  t.equal((await decide(app, owner, fans[1]!, 'accept', admin())).status, 200, 'graph:admin may decide for the owner')

  const seen: string[] = []
  let cursor: string | null = null
  do {
    const q: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`
    const page = await call(app, 'GET', `/v1/users/${owner}/follow-requests?limit=2${q}`, as(owner))
    t.equal(page.status, 200)
    seen.push(...page.body.items.map((i: { id: string }) => i.id))
    cursor = page.body.nextCursor
  } while (cursor !== null)
  t.same(seen, [fans[4], fans[3], fans[2], fans[0]], 'newest request first, every page once')
  const first = await call(app, 'GET', `/v1/users/${owner}/follow-requests?limit=1`, as(owner))
  const foreign = await call(app, 'GET', `/v1/users/${owner}/followers?cursor=${encodeURIComponent(first.body.nextCursor)}`, as(owner))
  t.equal(foreign.body.code, 'INVALID_CURSOR', "a follow-requests cursor is refused by another list")
})

t.test('concurrent decisions on one request: exactly one wins', async t => {
  const app = await build(t)
  const [owner] = await freshUsers(app, 1, { private: true }) as [string]
  const [fan] = await freshUsers(app, 1) as [string]
  t.equal((await follow(app, fan, owner)).status, 202)
  const verdicts = Array.from({ length: 12 }, (_, i) => i % 2 === 0 ? 'accept' as const : 'reject' as const)
  const answers = await Promise.all(verdicts.map(async v => await decide(app, owner, fan, v)))
  const won = answers.filter(a => a.status === 200 || a.status === 204)
  t.equal(won.length, 1, 'one decision applies')
  t.ok(answers.filter(a => a !== won[0]).every(a => a.status === 404 && a.body.code === 'REQUEST_NOT_FOUND'), 'the others find no request')
  t.same(await listIds(app, owner, 'followers'), won[0]!.status === 200 ? [fan] : [])
  t.equal((await counts(app, owner)).pendingRequests, 0)
})
