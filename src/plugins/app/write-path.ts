// `app.writes`: the instance's group commit for live writes of every kind of the registry
// (src/queries/write-kinds.ts). Concurrent requests' ops are coalesced by natural batching (src/batcher.ts) and
// applied by the write engine (src/queries/writes.ts), one transaction per batch, a transient failure retrying
// the whole batch (src/database.ts). Each request gets its own op's outcome, exactly as if it had been applied
// alone, and the batch's bookmark for its Graph-Bookmark answer (a batch runs outside every request's context:
// it serves them all). Here each outcome is counted in /metrics as it is decided, and a refusal becomes the
// API's error (src/errors.ts, `refusals`).
import type { FastifyError } from 'fastify'
import fp from 'fastify-plugin'
import { createBatcher } from '../../batcher.js'
import { noteWrite, outsideRequests } from '../../bookmarks.js'
import { isConstraintViolation } from '../../database.js'
import { countedByEngine } from '../../metrics/write-outcomes.js'
import { countedOf, kindOf, refusalOf, refusedUpfront, type Kind, type OpOf, type WriteAnswer, type WriteOp } from '../../queries/write-kinds.js'
import { applyWrites } from '../../queries/writes.js'
import { classify } from '../external/errors.js'

type BatchedAnswer = WriteAnswer & { bookmarks: string[] }

export interface Writes {
  /**
   * Applies one op with the concurrent ones; answers its outcome once committed (a refusal thrown as the API's
   * error), the request noting the batch's bookmark.
   */
  submit: <K extends Kind>(op: OpOf<K>) => Promise<WriteAnswer<K>>
}

declare module 'fastify' {
  interface FastifyInstance {
    writes: Writes
  }
}

/**
 * Ops per batch, waiting ops, and batches in flight. Two lanes keep both of a small machine's cores busy (one
 * batch's statements run while the other commits).
 */
export const writeBatching = { maxBatch: 500, maxQueued: 10_000, lanes: 2 }

export default fp(async app => {
  const { graphMetrics } = app
  const batcher = createBatcher<WriteOp, BatchedAnswer>({
    ...writeBatching,
    keyOf: op => kindOf(op).key(op),
    onBatch: size => { graphMetrics.writeBatch(size) },
    run: async ops => await outsideRequests(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          let bookmarks: string[] = []
          const answers = await app.db.transaction('WRITE', async tx => await applyWrites(tx, ops), committed => { bookmarks = committed })
          return answers.map(o => ({ ...o, bookmarks }))
        } catch (err) {
          // A username a concurrent batch took meanwhile: the batch runs again and its statement refuses it.
          if (!isConstraintViolation(err) || attempt >= 5) throw err
        }
      }
    })
  })

  async function answer (op: WriteOp): Promise<WriteAnswer> {
    const upfront = refusedUpfront(op)
    if (upfront !== undefined) return { outcome: upfront }
    try {
      const { bookmarks, ...answered } = await batcher.submit(op)
      noteWrite(bookmarks)
      return answered
    } catch (err) {
      const { statusCode, code } = classify(err as FastifyError)
      graphMetrics.write({ kind: kindOf(op).metric(op), outcome: statusCode >= 500 ? 'failed' : 'refused', code })
      throw countedByEngine(err)
    }
  }

  const writes: Writes = {
    submit: async <K extends Kind>(op: OpOf<K>): Promise<WriteAnswer<K>> => {
      const answered = await answer(op)
      graphMetrics.write(countedOf(op, answered.outcome))
      const refused = refusalOf(op, answered.outcome)
      if (refused !== undefined) throw countedByEngine(refused)
      return answered as WriteAnswer<K>
    }
  }
  graphMetrics.read({ writeQueueLength: () => batcher.queued })
  app.decorate('writes', writes)
}, { name: 'write-path', dependencies: ['neo4j', 'graph-metrics'] })
