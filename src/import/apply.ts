// Applying: batches in their transactions (src/queries/import.ts) while the next one is read and checked, up to
// `parallel` at once; a batch starts only when no in-flight batch it depends on is left (Batch.dependsOn). The
// results are taken in file order.
import type { Database } from '../database.js'
import { applyImportBatch } from '../queries/import.js'
import type { Rejection } from '../schemas/import.js'
import type { Batch } from './batch.js'

/**
 * Batches applied at once. Two transactions keep both cores of a small machine busy (the statements run in
 * parallel; commits are serialized by Neo4j anyway); a batch waits for any in-flight batch it depends on.
 */
export const defaultParallelBatches = 2

/** How far the input had been read when a batch was started, reported once the batch is settled. */
export interface Seen { lines: number, bytes: number }

interface InFlight { batch: Batch, seen: Seen, work: Promise<Rejection[]> }

export class BatchApplier {
  private readonly inFlight: InFlight[] = []
  private readonly parallel: number

  constructor (
    private readonly db: Database,
    private readonly recordChanges: boolean,
    parallelBatches: number | undefined,
    /** Called with each batch's refusals (everything else was applied), in file order. */
    private readonly settled: (batch: Batch, refusals: Rejection[], seen: Seen) => void
  ) {
    this.parallel = Math.max(1, parallelBatches ?? defaultParallelBatches)
  }

  /** Starts `batch` once a slot is free and the batches it depends on are settled. */
  async start (batch: Batch, seen: Seen): Promise<void> {
    while (this.inFlight.length >= this.parallel || this.inFlight.some(p => batch.dependsOn(p.batch))) await this.settleFirst()
    const work = applyImportBatch(this.db, batch.rows, this.recordChanges)
    // Observed here so an early failure is not unhandled; it is rethrown when the batch is settled.
    work.catch(() => undefined)
    this.inFlight.push({ batch, seen, work })
  }

  /** Waits for every batch started. */
  async finish (): Promise<void> {
    while (this.inFlight.length > 0) await this.settleFirst()
  }

  private async settleFirst (): Promise<void> {
    const { batch, seen, work } = this.inFlight.shift()!
    this.settled(batch, await work, seen)
  }
}
