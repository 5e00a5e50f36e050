// The change feed entries of issue 4's writes: follow.accepted / follow.rejected (actor: the owner, target:
// the requester), mute / unmute, and one follow.accepted per request when an account turns public.
import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { admin, as, build, until } from '../../helper.js'
import { call, follow, freshUsers } from '../../graph-helper.js'

const lagMs = 300

type Item = { type: string, actor: string, target: string | null }

/** The feed from `cursor` on: read until `last` (the test's final change) is in it, then on to its current end. */
async function feedSince (app: FastifyInstance, cursor: string, last: (item: Item) => boolean): Promise<Item[]> {
  const items: Item[] = []
  const read = async (): Promise<number> => {
    const body = (await app.inject({ url: '/v1/changes', query: { after: cursor, limit: '1000' }, headers: admin() })).json() as { items: Item[], next: string }
    items.push(...body.items)
    cursor = body.next
    return body.items.length
  }
  await until(async () => { await read(); return items.some(last) }, 30_000, lagMs)
  while (await read() > 0);
  return items
}

t.test('accept, reject, mute, unmute and private -> public are recorded in the change feed', async t => {
  const app = await build(t, { changes: { retentionMs: 7 * 86_400_000, lagMs } })
  const [owner] = await freshUsers(app, 1, { private: true }) as [string]
  const [f1, f2, f3, f4] = await freshUsers(app, 4) as [string, string, string, string]
  const start = (await app.inject({ url: '/v1/changes/latest', headers: admin() })).json().next as string

  for (const f of [f1, f2, f3, f4]) t.equal((await follow(app, f, owner)).status, 202)
  const decide = async (requester: string, verdict: string): Promise<number> =>
    (await app.inject({ method: 'POST', url: `/v1/users/${owner}/follow-requests/${requester}/${verdict}`, headers: as(owner) })).statusCode
  t.equal(await decide(f1, 'accept'), 200)
  t.equal(await decide(f2, 'reject'), 204)
  t.equal(await decide(f2, 'reject'), 404, 'a refused decision records nothing')
  t.equal((await call(app, 'PUT', `/v1/users/${owner}/mutes/${f1}`, as(owner))).status, 201)
  t.equal((await call(app, 'PUT', `/v1/users/${owner}/mutes/${f1}`, as(owner), { until: new Date(Date.now() + 60_000).toISOString() })).status, 200)
  t.equal((await call(app, 'DELETE', `/v1/users/${owner}/mutes/${f1}`, as(owner))).status, 204)
  t.equal((await call(app, 'DELETE', `/v1/users/${owner}/mutes/${f1}`, as(owner))).status, 204, 'a second unmute changes nothing')
  t.equal((await call(app, 'PATCH', `/v1/users/${owner}`, as(owner), { private: false })).status, 200)

  const ours = new Set([owner, f1, f2, f3, f4])
  // user.created of the fresh users may fall after `latest` (the feed holds back its newest lagMs).
  const got = (await feedSince(app, start, c => c.type === 'user.updated' && c.actor === owner)).filter(c => ours.has(c.actor) && c.type !== 'user.created').map(c => [c.type, c.actor, c.target])
  const accepted = (fan: string) => ['follow.accepted', owner, fan]
  t.same(got.slice(0, 4), [f1, f2, f3, f4].map(f => ['follow.requested', f, owner]))
  t.same(got.slice(4, 9), [
    accepted(f1),
    ['follow.rejected', owner, f2],
    ['mute', owner, f1],
    ['mute', owner, f1],
    ['unmute', owner, f1]
  ])
  const last = got.slice(9)
  t.same(last.slice(0, 2).sort(), [accepted(f3), accepted(f4)].sort(), 'one follow.accepted per pending request')
  t.same(last.slice(2), [['user.updated', owner, null]], 'then the user update, and nothing else')
})
