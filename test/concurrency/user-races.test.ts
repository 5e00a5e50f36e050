// Writes that change who may read race with the writes they govern (parallel HTTP requests over a socket):
// PATCH reads the old `private` under the user's lock, so a follow request made between two PATCHes is
// accepted by the one that makes the account public, never left pending on a public account.
import t from 'tap'
import { as, build, service } from '../helper.js'
import { freshUsers, overSocket } from '../graph-helper.js'

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
