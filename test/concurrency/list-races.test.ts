// List writes racing relationship writes over a real socket (so the write path batches them together): random
// follows, unfollows, blocks, unblocks, follower removals, membership changes, block subscriptions and list
// deletions and re-creations on a few users and two moderation lists, from several clients at once, through two
// service instances (two batchers, as two processes would be).
// Afterwards every stored hidden-edge counter equals a recount from the edges, and every count equals the
// length of its list: no interleaving lost or doubled a counter change.
import t from 'tap'
import { prng } from '../../scripts/lib/seed.js'
import { readQuery } from '../../src/queries/cypher.js'
import { as, build, createUsers, service, uid } from '../helper.js'
import { listIds, overSocket } from '../graph-helper.js'

t.test('list writes racing relationship writes keep every counter exact', async t => {
  t.setTimeout(300_000)
  const app = await build(t)
  const other = await build(t)
  const instances = [overSocket(await app.listen({ port: 0, host: '127.0.0.1' })), overSocket(await other.listen({ port: 0, host: '127.0.0.1' }))]
  const request = instances[0]!
  // Seeded, so a failing run's operations can be replayed (their interleaving is the race's).
  const rnd = prng(20261130)
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const p = uid('lr')
  const users = await createUsers(app, Array.from({ length: 8 }, (_, i) => `${p}_${i}`))
  const owners = [users[0]!, users[1]!]
  for (const o of owners) {
    const res = await request('PUT', `/v1/users/${o}/lists/mod`, as(o), { name: 'mod', purpose: 'moderation' })
    t.equal(res.status, 201)
  }
  // Start with many follows, so that list changes have edges to hide and show.
  for (const a of users) for (const b of users) if (a !== b && rnd() < 0.5) await request('PUT', `/v1/users/${a}/following/${b}`, as(a))

  const ops: Array<() => { method: 'PUT' | 'DELETE', url: string, actor: string, payload?: unknown }> = [
    () => { const [a, b] = pair(); return { method: 'PUT', url: `/v1/users/${a}/following/${b}`, actor: a } },
    () => { const [a, b] = pair(); return { method: 'DELETE', url: `/v1/users/${a}/following/${b}`, actor: a } },
    () => { const [a, b] = pair(); return { method: 'PUT', url: `/v1/users/${a}/blocks/${b}`, actor: a } },
    () => { const [a, b] = pair(); return { method: 'DELETE', url: `/v1/users/${a}/blocks/${b}`, actor: a } },
    () => { const [a, b] = pair(); return { method: 'DELETE', url: `/v1/users/${a}/followers/${b}`, actor: a } },
    () => { const o = pick(owners); return { method: 'PUT', url: `/v1/users/${o}/lists/mod/members/${pick(users)}`, actor: o } },
    () => { const o = pick(owners); return { method: 'PUT', url: `/v1/users/${o}/lists/mod/members/${pick(users)}`, actor: o } },
    () => { const o = pick(owners); return { method: 'DELETE', url: `/v1/users/${o}/lists/mod/members/${pick(users)}`, actor: o } },
    () => { const s = pick(users); return { method: 'PUT', url: `/v1/users/${s}/list-blocks/${pick(owners)}/mod`, actor: s } },
    () => { const s = pick(users); return { method: 'PUT', url: `/v1/users/${s}/list-blocks/${pick(owners)}/mod`, actor: s } },
    () => { const s = pick(users); return { method: 'DELETE', url: `/v1/users/${s}/list-blocks/${pick(owners)}/mod`, actor: s } },
    () => { const o = pick(owners); return { method: 'DELETE', url: `/v1/users/${o}/lists/mod`, actor: o } },
    () => { const o = pick(owners); return { method: 'PUT', url: `/v1/users/${o}/lists/mod`, actor: o, payload: { name: 'mod', purpose: 'moderation' } } }
  ]
  function pair (): [string, string] {
    const a = pick(users)
    let b = pick(users)
    while (b === a) b = pick(users)
    return [a, b]
  }

  const answers: number[] = []
  const failures: string[] = []
  await Promise.all(Array.from({ length: 12 }, async (_, worker) => {
    const send = instances[worker % instances.length]!
    for (let i = 0; i < 60; i++) {
      const op = pick(ops)()
      const res = await send(op.method, op.url, as(op.actor), op.payload)
      answers.push(res.status)
      if (res.status >= 500) failures.push(`${op.method} ${op.url}: ${res.status} ${JSON.stringify(res.body)}`)
    }
  }))
  t.same(failures, [], `${answers.length} concurrent writes, none failed (refusals are 4xx: ${answers.filter(s => s >= 400).length})`)

  type Row = { id: string, storedFollowers: number, storedFollowing: number, storedRequests: number, trueFollowers: number, trueFollowing: number, trueRequests: number }
  const rows = await app.db.run<Row>(readQuery('testing/hidden-counters'), { ids: users })
  t.same(rows.filter(r => r.storedFollowers !== r.trueFollowers || r.storedFollowing !== r.trueFollowing || r.storedRequests !== r.trueRequests), [],
    'stored hidden counters equal a recount')
  t.ok(rows.some(r => r.trueFollowers > 0), `some follows ended hidden: ${rows.map(r => r.trueFollowers).join(', ')}`)
  for (const u of users) {
    const counts = (await request('GET', `/v1/users/${u}/counts`, service())).body
    t.same([counts.followers, counts.following], [(await listIds(app, u, 'followers')).length, (await listIds(app, u, 'following')).length], `counts of ${u} = list lengths`)
  }
})
