// `app.writes`: the instance's group commit for live relationship and list writes. Concurrent requests' ops are
// coalesced by natural batching (src/batcher.ts) and applied by the one write path (src/queries/writes.ts),
// one transaction per batch, a transient failure retrying the whole batch (src/database.ts). Each request gets
// its own op's outcome, exactly as if it had been applied alone, and the batch's bookmark for its
// Graph-Bookmark answer (a batch runs outside every request's context: it serves them all).
import fp from 'fastify-plugin'
import { createBatcher, type Batcher } from '../../batcher.js'
import { outsideRequests } from '../../bookmarks.js'
import { applyWrites, keyOf, type GraphOp, type WriteOutcome } from '../../queries/writes.js'

/** An op's outcome, and the bookmarks of the transaction that applied it. */
export type BatchedOutcome = WriteOutcome & { bookmarks: string[] }

declare module 'fastify' {
  interface FastifyInstance {
    writes: Batcher<GraphOp, BatchedOutcome>
  }
}

/**
 * Ops per batch, waiting ops, and batches in flight. Two lanes keep both of a small machine's cores busy (one
 * batch's statements run while the other commits).
 */
export const writeBatching = { maxBatch: 500, maxQueued: 10_000, lanes: 2 }

export default fp(async app => {
  const writes = createBatcher<GraphOp, BatchedOutcome>({
    ...writeBatching,
    keyOf,
    onBatch: size => { app.graphMetrics.writeBatch(size) },
    run: async ops => await outsideRequests(async () => {
      let bookmarks: string[] = []
      const outcomes = await app.db.transaction('WRITE', async tx => await applyWrites(tx, ops), committed => { bookmarks = committed })
      return outcomes.map(o => ({ ...o, bookmarks }))
    })
  })
  app.graphMetrics.read({ writeQueueLength: () => writes.queued })
  app.decorate('writes', writes)
}, { name: 'write-path', dependencies: ['neo4j', 'graph-metrics'] })
