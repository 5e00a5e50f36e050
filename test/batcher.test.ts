// The group-commit batcher on its own (src/batcher.ts): what goes into which batch, and when. `run` here is
// a controllable stand-in for one database transaction, so each rule can be observed exactly; the batcher
// applied to Neo4j is tested through the routes (test/concurrency/write-path-races.test.ts, the bench).
import t from 'tap'
import { createBatcher, Overloaded } from '../src/batcher.js'

interface Op { key: string, n: number }

/** A batcher whose batches wait until released; records every batch it was given. */
function harness (o: { maxBatch?: number, maxQueued?: number, lanes?: number, fail?: (ops: Op[]) => boolean } = {}) {
  const batches: Op[][] = []
  const releases: Array<() => void> = []
  const batcher = createBatcher<Op, string>({
    maxBatch: o.maxBatch ?? 100,
    maxQueued: o.maxQueued ?? 1000,
    lanes: o.lanes ?? 1,
    keyOf: op => op.key,
    run: async ops => {
      batches.push(ops)
      await new Promise<void>(resolve => releases.push(resolve))
      if (o.fail?.(ops) === true) throw new Error('transaction failed')
      return ops.map(op => `done ${op.key} ${op.n}`)
    }
  })
  const releaseNext = async (): Promise<void> => {
    releases.shift()?.()
    await new Promise(resolve => setImmediate(resolve))
  }
  return { batcher, batches, releaseNext }
}

t.test('an idle batcher sends an op at once, with no timer', async t => {
  const { batcher, batches, releaseNext } = harness()
  const answer = batcher.submit({ key: 'a', n: 1 })
  t.same(batches, [[{ key: 'a', n: 1 }]], 'the batch started within the submit call')
  await releaseNext()
  t.equal(await answer, 'done a 1')
})

t.test('ops arriving while a batch is in flight go together in the next one, each answered with its own outcome', async t => {
  const { batcher, batches, releaseNext } = harness()
  const first = batcher.submit({ key: 'a', n: 1 })
  const more = [2, 3, 4, 5].map(n => batcher.submit({ key: `k${n}`, n }))
  t.equal(batches.length, 1, 'one batch in flight')
  t.equal(batcher.queued, 4)
  await releaseNext()
  t.same(batches[1]?.map(op => op.n), [2, 3, 4, 5], 'the queue went as one batch, in arrival order')
  await releaseNext()
  t.same(await Promise.all([first, ...more]), ['done a 1', 'done k2 2', 'done k3 3', 'done k4 4', 'done k5 5'])
})

t.test('ops on one key keep their order and never share a batch; other keys pass them', async t => {
  const { batcher, batches, releaseNext } = harness()
  const answers = [
    batcher.submit({ key: 'busy', n: 0 }),
    batcher.submit({ key: 'x', n: 1 }),
    batcher.submit({ key: 'x', n: 2 }),
    batcher.submit({ key: 'busy', n: 3 }),
    batcher.submit({ key: 'y', n: 4 }),
    batcher.submit({ key: 'x', n: 5 })
  ]
  for (let i = 0; i < 4; i++) await releaseNext()
  t.same(batches.map(b => b.map(op => op.n)), [[0], [1, 3, 4], [2], [5]])
  t.equal((await Promise.all(answers)).length, 6)
})

t.test('a failed batch fails its own ops only', async t => {
  const { batcher, releaseNext } = harness({ fail: ops => ops.some(op => op.key === 'bad') })
  const first = t.rejects(batcher.submit({ key: 'bad', n: 1 }), { message: 'transaction failed' })
  const second = batcher.submit({ key: 'good', n: 2 })
  await releaseNext()
  await first
  await releaseNext()
  t.equal(await second, 'done good 2')
})

t.test('bounded: maxBatch ops a batch, and past maxQueued waiting ops, 503 OVERLOADED', async t => {
  const { batcher, batches, releaseNext } = harness({ maxBatch: 2, maxQueued: 3 })
  const answers = [1, 2, 3, 4].map(n => batcher.submit({ key: `k${n}`, n }))
  const refused = await batcher.submit({ key: 'k5', n: 5 }).catch((err: unknown) => err)
  t.ok(refused instanceof Overloaded, 'refused at once')
  t.match(refused, { code: 'OVERLOADED', statusCode: 503 })
  for (let i = 0; i < 3; i++) await releaseNext()
  t.same(batches.map(b => b.map(op => op.n)), [[1], [2, 3], [4]])
  t.equal((await Promise.all(answers)).length, 4)
})

t.test('lanes: batches in flight at once, never two holding the same key', async t => {
  const { batcher, batches, releaseNext } = harness({ lanes: 2 })
  const answers = [
    batcher.submit({ key: 'a', n: 1 }),
    batcher.submit({ key: 'a', n: 2 }),
    batcher.submit({ key: 'b', n: 3 })
  ]
  t.same(batches.map(b => b.map(op => op.n)), [[1], [3]], 'two lanes busy; the second op of a waits for its key')
  t.equal(batcher.inFlight, 2)
  const more = batcher.submit({ key: 'c', n: 4 })
  t.equal(batcher.queued, 2, 'no lane free: c waits too')
  await releaseNext()
  t.same(batches.map(b => b.map(op => op.n)), [[1], [3], [2, 4]], 'a lane freed: the waiting ops go together')
  await releaseNext()
  await releaseNext()
  t.equal((await Promise.all([...answers, more])).length, 4)
})
