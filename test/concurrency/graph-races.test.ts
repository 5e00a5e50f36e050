// Really concurrent writes (parallel HTTP requests over a socket): per-pair locking must serialise them, so
// that the outcome is always one the rules allow when the same requests run one after another.
import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { as, build, service } from '../helper.js'
import { applyOp, freshUsers, overSocket, type Requester } from '../graph-helper.js'
import { GraphModel, type Answer, type Op } from '../model/graph-model.js'

async function listening (t: Parameters<typeof build>[0]): Promise<{ app: FastifyInstance, request: Requester }> {
  const app = await build(t)
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  return { app, request: overSocket(address) }
}

async function rawFlags (request: Requester, a: string, b: string): Promise<Record<string, unknown>> {
  return (await request('GET', `/v1/users/${a}/relationships?ids=${b}`, service())).body.items[0]
}

/** All orders of a list (small lists only). */
function permutations<T> (xs: T[]): T[][] {
  if (xs.length <= 1) return [xs]
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map(rest => [x, ...rest]))
}

/**
 * Whether some serial order of the ops gives exactly the answers the service gave and ends in `final`
 * (the raw flags both ways, and both users' counts).
 */
function serialisable (start: GraphModel, ops: Op[], answers: Answer[], final: string, snapshot: (m: GraphModel) => string): boolean {
  const indexed = ops.map((op, i) => ({ op, i }))
  return permutations(indexed).some(order => {
    const m = start.clone()
    return order.every(({ op, i }) => JSON.stringify(m.apply(op)) === JSON.stringify(answers[i])) && snapshot(m) === final
  })
}

t.test('50 parallel identical follows make one edge: one 201, the rest 200', async t => {
  const { app, request } = await listening(t)
  const [a, b] = await freshUsers(app, 2)
  const answers = await Promise.all(Array.from({ length: 50 }, async () => await applyOp(request, { kind: 'follow', a: a!, b: b! })))
  t.equal(answers.filter(x => x.status === 201).length, 1, 'one created')
  t.equal(answers.filter(x => x.status === 200).length, 49, 'the others saw it')
  const list = (await request('GET', `/v1/users/${b}/followers?includeBlocked=true`, service())).body.items
  t.same(list.map((i: { id: string }) => i.id), [a], 'exactly one FOLLOWS edge')
  t.match((await request('GET', `/v1/users/${b}/counts`, service())).body, { followers: 1 })
})

t.test('50 parallel identical blocks and follow requests make one edge each', async t => {
  const { app, request } = await listening(t)
  const [a, b] = await freshUsers(app, 2)
  const [p] = await freshUsers(app, 1, { private: true })
  const [blocks, requests] = await Promise.all([
    Promise.all(Array.from({ length: 50 }, async () => await applyOp(request, { kind: 'block', a: a!, b: b! }))),
    Promise.all(Array.from({ length: 50 }, async () => await applyOp(request, { kind: 'follow', a: a!, b: p! })))
  ])
  t.equal(blocks.filter(x => x.status === 201).length, 1)
  t.equal(blocks.filter(x => x.status === 200).length, 49)
  t.ok(requests.every(x => x.status === 202), 'every request answered 202')
  t.same((await request('GET', `/v1/users/${a}/blocks`, as(a!))).body.items.map((i: { id: string }) => i.id), [b])
  t.match((await request('GET', `/v1/users/${p}/counts`, service())).body, { pendingRequests: 1 })
})

t.test('follow racing block, both directions, many rounds: never a FOLLOWS beside a BLOCKS the same way', async t => {
  const { app, request } = await listening(t)
  const rounds = 25
  for (let round = 0; round < rounds; round++) {
    const [a, b] = await freshUsers(app, 2)
    // Same direction: a follows b while a blocks b.
    const [f1, b1] = await Promise.all([
      applyOp(request, { kind: 'follow', a: a!, b: b! }),
      applyOp(request, { kind: 'block', a: a!, b: b! })
    ])
    t.equal(b1.status, 201)
    t.ok(f1.status === 201 || f1.code === 'UNBLOCK_FIRST', `follow: ${JSON.stringify(f1)}`)
    t.match(await rawFlags(request, a!, b!), { following: false, blocking: true }, `round ${round}: the block removed or refused the follow`)

    // Opposite direction: b follows a while a blocks b (a's block keeps b's follow, hidden, if it came first).
    const [f2] = await Promise.all([
      applyOp(request, { kind: 'follow', a: b!, b: a! }),
      applyOp(request, { kind: 'unblock', a: a!, b: b! }).then(async () => await applyOp(request, { kind: 'block', a: a!, b: b! }))
    ])
    const flags = await rawFlags(request, b!, a!)
    t.equal(flags.following, f2.status === 201, `round ${round}: b follows a exactly when its follow was accepted`)
    t.equal(flags.blockedBy, true)
    t.equal(flags.blocking, false, 'b never blocked')
  }
})

t.test('parallel mixes of follow, unfollow, block, unblock, remove-follower end as some serial order would', async t => {
  const { app, request } = await listening(t)
  const kinds = ['follow', 'follow', 'unfollow', 'block', 'unblock', 'removeFollower'] as const
  const rounds = 20
  let rng = 12345
  const next = (n: number): number => { rng = (rng * 1103515245 + 12345) % 2 ** 31; return rng % n }
  for (let round = 0; round < rounds; round++) {
    const privacy = next(4) === 0
    const [a, b] = await freshUsers(app, 2, { private: privacy })
    const start = new GraphModel()
    start.addUser(a!, privacy)
    start.addUser(b!, privacy)
    // A random starting state, built one step at a time.
    for (let i = 0; i < 3; i++) {
      const from = next(2) === 0 ? a! : b!
      const op: Op = { kind: kinds[next(kinds.length)]!, a: from, b: from === a ? b! : a! }
      start.apply(op)
      await applyOp(request, op)
    }
    const ops: Op[] = Array.from({ length: 5 }, () => {
      const from = next(2) === 0 ? a! : b!
      return { kind: kinds[next(kinds.length)]!, a: from, b: from === a ? b! : a! }
    })
    const answers = await Promise.all(ops.map(async op => await applyOp(request, op)))
    t.ok(answers.every(x => x.status < 500), 'no server error')
    const ab = await rawFlags(request, a!, b!)
    const ba = await rawFlags(request, b!, a!)
    t.notOk(ab.following === true && ab.blocking === true, 'no FOLLOWS beside a BLOCKS a -> b')
    t.notOk(ba.following === true && ba.blocking === true, 'no FOLLOWS beside a BLOCKS b -> a')
    const countsA = (await request('GET', `/v1/users/${a}/counts`, service())).body
    const countsB = (await request('GET', `/v1/users/${b}/counts`, service())).body
    const final = JSON.stringify([ab, ba, countsA, countsB])
    const snapshot = (m: GraphModel): string => JSON.stringify([m.relationship(a!, b!), m.relationship(b!, a!), m.counts(a!), m.counts(b!)])
    t.ok(serialisable(start, ops, answers, final, snapshot),
      `round ${round}: ${JSON.stringify(ops.map(o => `${o.kind} ${o.a === a ? 'a>b' : 'b>a'}`))} answered ${JSON.stringify(answers)} ended in a serial outcome`)
  }
})
