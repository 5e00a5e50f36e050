// `app.writes`: the instance's group commit for live relationship and list writes. Concurrent requests' ops are
// coalesced by natural batching (src/batcher.ts) and applied by the one write path (src/queries/writes.ts),
// one transaction per batch, a transient failure retrying the whole batch (src/database.ts). Each request gets
// its own op's outcome, exactly as if it had been applied alone.
import fp from 'fastify-plugin'
import { createBatcher, type Batcher } from '../../batcher.js'
import { applyWrites, keyOf, type GraphOp, type WriteOutcome } from '../../queries/writes.js'

declare module 'fastify' {
  interface FastifyInstance {
    writes: Batcher<GraphOp, WriteOutcome>
  }
}

/**
 * Ops per batch, waiting ops, and batches in flight. Two lanes keep both of a small machine's cores busy (one
 * batch's statements run while the other commits); a third gained nothing at 32 connections (bench, M).
 */
export const writeBatching = { maxBatch: 500, maxQueued: 10_000, lanes: 2 }

export default fp(async app => {
  app.decorate('writes', createBatcher<GraphOp, WriteOutcome>({
    ...writeBatching,
    keyOf,
    run: async ops => await app.db.transaction('WRITE', async tx => await applyWrites(tx, ops))
  }))
}, { name: 'write-path', dependencies: ['neo4j'] })
