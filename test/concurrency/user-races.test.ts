// Writes that change who may read race with the writes they govern (parallel HTTP requests over a socket):
// PATCH reads the old `private` under the user's lock, so a follow request made between two PATCHes is
// accepted by the one that makes the account public, never left pending on a public account.
import t from 'tap'
import { readQuery } from '../../src/queries/cypher.js'
import { as, build, service } from '../helper.js'
import { freshUsers, overSocket } from '../graph-helper.js'

const hiddenCounters = readQuery('testing/hidden-counters')

t.test('two concurrent PATCHes of private and a follow never leave a request pending on a public account', async t => {
  const app = await build(t)
  const request = overSocket(await app.listen({ port: 0, host: '127.0.0.1' }))
  const rounds = 40
  const stuck: string[] = []
  for (let round = 0; round < rounds; round++) {
    const [p, x] = await freshUsers(app, 2)
    // Both orders of the two PATCHes race the follow; the last PATCH to commit decides the end state.
    const patches = round % 2 === 0 ? [true, false] : [false, true]
    const answers = await Promise.all([
      ...patches.map(async priv => await request('PATCH', `/v1/users/${p}`, as(p!), { private: priv })),
      request('PUT', `/v1/users/${x}/following/${p}`, as(x!))
    ])
    t.same(answers.map(a => a.status).slice(0, 2), [200, 200], `round ${round}: both PATCHes answered`)
    const user = (await request('GET', `/v1/users/${p}`, service())).body
    const counts = (await request('GET', `/v1/users/${p}/counts`, service())).body
    if (!user.private && counts.pendingRequests !== 0) stuck.push(`round ${round}: public with ${String(counts.pendingRequests)} pending`)
    if (!user.private) t.equal(counts.followers, 1, `round ${round}: the follow or its accepted request is a follower`)
  }
  t.same(stuck, [], `no request pending on a public account in ${rounds} rounds`)
})

t.test('a user deleted while its neighbours block, subscribe and unsubscribe leaves every survivor\'s hidden counters equal to its edges', async t => {
  const app = await build(t)
  const request = overSocket(await app.listen({ port: 0, host: '127.0.0.1' }))
  const ok = async (method: Parameters<typeof request>[0], url: string, by: string, body?: unknown): Promise<void> => {
    const res = await request(method, url, as(by), body)
    if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`)
  }
  const rounds = 12
  const failed: string[] = []
  const survivors: string[] = []
  for (let round = 0; round < rounds; round++) {
    const [x, a, b, c, o] = await freshUsers(app, 5)
    // a -> x hidden by a's subscription to o's block list holding x; x -> b hidden by x's own block list
    // holding b; c -> x and x -> c plain.
    for (const [from, to] of [[a, x], [x, b], [c, x], [x, c]]) await ok('PUT', `/v1/users/${from}/following/${to}`, from!)
    await ok('PUT', `/v1/users/${o}/lists/mod`, o!, { name: 'Mod', purpose: 'moderation' })
    await ok('PUT', `/v1/users/${o}/lists/mod/members/${x}`, o!)
    await ok('PUT', `/v1/users/${a}/list-blocks/${o}/mod`, a!)
    await ok('PUT', `/v1/users/${x}/lists/own`, x!, { name: 'Own', purpose: 'moderation' })
    await ok('PUT', `/v1/users/${x}/lists/own/members/${b}`, x!)
    await ok('PUT', `/v1/users/${x}/list-blocks/${x}/own`, x!)
    // The deletion races writes that hide and unhide edges of x, in both orders of arrival.
    const races = [
      async () => await request('DELETE', `/v1/users/${x}`, as(x!)),
      async () => await request('PUT', `/v1/users/${c}/blocks/${x}`, as(c!)),
      async () => await request('DELETE', `/v1/users/${a}/list-blocks/${o}/mod`, as(a!)),
      async () => await request('PUT', `/v1/users/${b}/list-blocks/${o}/mod`, as(b!)),
      async () => await request('DELETE', `/v1/users/${o}/lists/mod/members/${x}`, as(o!))
    ]
    const answers = await Promise.all((round % 2 === 0 ? races : [...races].reverse()).map(async race => await race()))
    for (const a of answers) if (a.status >= 500) failed.push(`round ${round}: ${a.status} ${JSON.stringify(a.body)}`)
    t.equal((await request('GET', `/v1/users/${x}`, service())).status, 404, `round ${round}: x is gone`)
    survivors.push(a!, b!, c!, o!)
  }
  t.same(failed, [], 'no write failed')
  const counters = await app.db.run<{ id: string, storedFollowers: number, storedFollowing: number, trueFollowers: number, trueFollowing: number }>(hiddenCounters, { ids: survivors })
  t.equal(counters.length, survivors.length)
  t.same(counters.filter(c => c.storedFollowers !== c.trueFollowers || c.storedFollowing !== c.trueFollowing), [], 'every survivor\'s hidden counters equal its edges')
})
