// Group commit for live writes, by natural batching: while a batch is in flight, arriving ops queue, and the
// queue goes as the next batch the moment a lane is free; an idle batcher sends an op at once (no timer).
// - Ops with the same key (a pair of users) keep their arrival order and never share a batch or run in two
//   batches at once: a batch applies each of its ops against the state before the batch.
// - Each op gets its own outcome; the batch's failure (after the database's own retries) fails its ops.
// - Bounded: at most maxBatch ops a batch, maxQueued waiting (beyond: Overloaded, 503 with Retry-After).

export interface BatcherOptions<Op, Outcome> {
  /** Applies one batch (one transaction) and answers one outcome per op, in order. */
  run: (ops: Op[]) => Promise<Outcome[]>
  /** Ops with equal keys are applied one after another, in arrival order. */
  keyOf: (op: Op) => string
  maxBatch: number
  maxQueued: number
  /** Batches in flight at once (default 1). */
  lanes?: number
  /** Called with each batch's size as it starts. */
  onBatch?: (size: number) => void
}

/** Too many writes are waiting: 503 OVERLOADED, retry after a second. */
export class Overloaded extends Error {
  readonly code = 'OVERLOADED'
  readonly statusCode = 503
  constructor (queued: number) { super(`too many writes waiting (${queued}); retry shortly`) }
}

interface Pending<Op, Outcome> { op: Op, key: string, resolve: (o: Outcome) => void, reject: (err: unknown) => void }

export interface Batcher<Op, Outcome> {
  submit: (op: Op) => Promise<Outcome>
  /** Ops waiting for a batch. */
  readonly queued: number
  /** Batches being applied. */
  readonly inFlight: number
}

export function createBatcher<Op, Outcome> (o: BatcherOptions<Op, Outcome>): Batcher<Op, Outcome> {
  const lanes = o.lanes ?? 1
  let queue: Array<Pending<Op, Outcome>> = []
  /** Keys of the ops in flight. */
  const busy = new Set<string>()
  let running = 0

  /** The next batch: queued ops in arrival order whose key is free, at most one per key. */
  function take (): Array<Pending<Op, Outcome>> {
    const batch: Array<Pending<Op, Outcome>> = []
    const held = new Set<string>()
    const rest: Array<Pending<Op, Outcome>> = []
    for (const p of queue) {
      // An op whose key is in flight or already taken waits, and so does every later op of that key.
      if (batch.length < o.maxBatch && !busy.has(p.key) && !held.has(p.key)) batch.push(p)
      else rest.push(p)
      held.add(p.key)
    }
    queue = rest
    return batch
  }

  function pump (): void {
    while (running < lanes && queue.length > 0) {
      const batch = take()
      if (batch.length === 0) return
      running++
      for (const p of batch) busy.add(p.key)
      o.onBatch?.(batch.length)
      o.run(batch.map(p => p.op)).then(
        outcomes => { batch.forEach((p, i) => { p.resolve(outcomes[i]!) }) },
        (err: unknown) => { for (const p of batch) p.reject(err) }
      ).finally(() => {
        running--
        for (const p of batch) busy.delete(p.key)
        pump()
      })
    }
  }

  return {
    submit: async (op: Op): Promise<Outcome> => await new Promise<Outcome>((resolve, reject) => {
      if (queue.length >= o.maxQueued) {
        reject(new Overloaded(queue.length))
        return
      }
      queue.push({ op, key: o.keyOf(op), resolve, reject })
      pump()
    }),
    get queued () { return queue.length },
    get inFlight () { return running }
  }
}
