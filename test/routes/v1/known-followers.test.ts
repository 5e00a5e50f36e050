import t from 'tap'
import { as, build, service, uid } from '../../helper.js'
import { block, call, follow, freshUsers, unblock } from '../../graph-helper.js'
import type { FastifyInstance } from 'fastify'

async function known (app: FastifyInstance, id: string, target: string, headers = service()): Promise<string[]> {
  const ids: string[] = []
  let cursor: string | null = null
  do {
    const q: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`
    const res = await call(app, 'GET', `/v1/users/${id}/known-followers/${target}?limit=2${q}`, headers)
    if (res.status !== 200) throw new Error(`known-followers: ${res.status} ${JSON.stringify(res.body)}`)
    ids.push(...res.body.items.map((i: { id: string }) => i.id))
    cursor = res.body.nextCursor
  } while (cursor !== null)
  return ids
}

t.test('known followers: followers of target whom id follows, in id\'s following order, paginated', async t => {
  const app = await build(t)
  const [me, target, stranger] = await freshUsers(app, 3) as [string, string, string]
  const friends = await freshUsers(app, 5)
  for (const f of friends) t.equal((await follow(app, me, f)).status, 201)
  for (const f of [friends[0]!, friends[2]!, friends[3]!, friends[4]!]) t.equal((await follow(app, f, target)).status, 201)
  t.equal((await follow(app, stranger, target)).status, 201, 'a follower of target whom me does not follow')
  t.equal((await follow(app, friends[1]!, me)).status, 201, 'following me is not following target')

  t.same(await known(app, me, target), [friends[4], friends[3], friends[2], friends[0]], 'newest of my follows first; pages of 2 joined')
  const page = await call(app, 'GET', `/v1/users/${me}/known-followers/${target}?limit=1`, as(stranger))
  t.equal(page.status, 200, 'a public read')
  t.match(page.body.items[0], { id: friends[4], username: friends[4], name: '', since: /Z$/ })
  const following = await call(app, 'GET', `/v1/users/${me}/following?limit=1`, service())
  t.equal(page.body.items[0].since, following.body.items[0].since, 'since is when id followed them, as in following')

  t.same(await known(app, target, me), [], 'target follows nobody')
  const missing = await call(app, 'GET', `/v1/users/${me}/known-followers/${uid()}`, service())
  t.equal(missing.status, 404)
  t.equal(missing.body.code, 'USER_NOT_FOUND')
  t.equal((await call(app, 'GET', `/v1/users/${uid()}/known-followers/${target}`, service())).body.code, 'USER_NOT_FOUND')

  const cursor = page.body.nextCursor as string
  const foreign = await call(app, 'GET', `/v1/users/${me}/known-followers/${stranger}?cursor=${encodeURIComponent(cursor)}`, service())
  t.equal(foreign.status, 400, 'a cursor made for another target')
  t.equal(foreign.body.code, 'INVALID_CURSOR')
})

t.test('known followers leave out users blocked either way with id, with target, and with the viewer', async t => {
  const app = await build(t)
  const [me, target, viewer] = await freshUsers(app, 3) as [string, string, string]
  const [k1, k2, k3, k4] = await freshUsers(app, 4) as [string, string, string, string]
  for (const k of [k1, k2, k3, k4]) {
    t.equal((await follow(app, me, k)).status, 201)
    t.equal((await follow(app, k, target)).status, 201)
  }
  t.same(await known(app, me, target), [k4, k3, k2, k1])

  t.equal((await block(app, k1, me)).status, 201, 'k1 blocks me: my FOLLOWS to k1 stays but is hidden')
  t.equal((await block(app, target, k2)).status, 201, 'target blocks k2: k2\'s FOLLOWS to target is hidden')
  t.equal((await block(app, viewer, k3)).status, 201, 'the viewer blocks k3')
  t.same(await known(app, me, target), [k4, k3], 'a service token sees k3')
  t.same(await known(app, me, target, as(viewer)), [k4], 'the viewer does not')
  t.equal((await block(app, k4, viewer)).status, 201, 'k4 blocks the viewer')
  t.same(await known(app, me, target, as(viewer)), [], 'a block either way with the viewer leaves the user out')
  t.same(await known(app, me, target, as(me)), [k4, k3], 'me reading its own: no viewer filter beyond its own blocks')

  t.equal((await unblock(app, k1, me)).status, 204)
  t.equal((await unblock(app, target, k2)).status, 204)
  t.same(await known(app, me, target), [k4, k3, k2, k1], 'unblocking restores them')
})
