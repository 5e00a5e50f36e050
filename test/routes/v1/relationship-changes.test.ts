import t from 'tap'
import { admin, build, until } from '../../helper.js'
import { block, call, follow, freshUsers, removeFollower, unblock, unfollow } from '../../graph-helper.js'

t.test('relationship writes record one change each, and only when something changed', async t => {
  const lagMs = 100
  const app = await build(t, { changes: { retentionMs: 7 * 86_400_000, lagMs } })
  const [a, b] = await freshUsers(app, 2)
  const [p] = await freshUsers(app, 1, { private: true })
  const start = (await call(app, 'GET', '/v1/changes/latest', admin())).body.next as string

  await follow(app, a!, b!); await follow(app, a!, b!) // follow, then nothing
  await follow(app, a!, p!); await follow(app, a!, p!) // follow.requested, then nothing
  await unfollow(app, a!, p!); await unfollow(app, a!, p!) // the cancelled request is an unfollow; then nothing
  await removeFollower(app, b!, a!); await removeFollower(app, b!, a!) // follower.removed, then nothing
  await follow(app, a!, b!) // follow
  await unfollow(app, a!, b!); await unfollow(app, a!, b!) // unfollow, then nothing
  await block(app, a!, b!); await block(app, a!, b!) // block, then nothing
  await follow(app, b!, a!) // refused: nothing
  await unblock(app, a!, b!); await unblock(app, a!, b!) // unblock, then nothing

  // Other tests write to the shared feed at the same time: read on from `start` until our last change.
  const items: Array<{ type: string, actor: string, target: string | null }> = []
  let after = start
  t.ok(await until(async () => {
    const feed = (await call(app, 'GET', `/v1/changes?after=${encodeURIComponent(after)}&limit=1000`, admin())).body
    items.push(...feed.items)
    after = feed.next
    return items.some(i => i.type === 'unblock' && i.actor === a)
  }, 30_000, lagMs), 'the last change reaches the feed')
  const ours = items
    .filter(i => [a, b, p].includes(i.actor) && !i.type.startsWith('user.'))
    .map(i => `${i.type} ${i.actor === a ? 'a' : 'b'} ${i.target === a ? 'a' : i.target === b ? 'b' : 'p'}`)
  t.same(ours, ['follow a b', 'follow.requested a p', 'unfollow a p', 'follower.removed b a', 'follow a b', 'unfollow a b', 'block a b', 'unblock a b'])
})
