// Shared by every relationship write: the pair lock and the raw state of a pair (cypher/graph/*.cypher).
import type { Tx } from '../database.js'
import { writeQuery } from './cypher.js'

const q = {
  lockPair: writeQuery('graph/lock-pair'),
  pairState: writeQuery('graph/pair-state')
}

/**
 * Write-locks both users, always in id order (so concurrent writers on one pair queue instead of deadlocking),
 * until the transaction ends; answers the ids that exist.
 */
export async function lockPair (tx: Tx, a: string, b: string): Promise<Set<string>> {
  const ids = [a, b].sort()
  const rows = await tx.run<{ id: string }>(q.lockPair, { ids })
  return new Set(rows.map(r => r.id))
}

export interface PairState {
  following: boolean
  blocking: boolean
  blockedBy: boolean
  requested: boolean
  targetPrivate: boolean
}

/** The raw edges from id's point of view (both users must exist; take the pair lock first). */
export async function pairState (tx: Tx, id: string, target: string): Promise<PairState> {
  const row = (await tx.run<PairState>(q.pairState, { id, target }))[0]
  if (row === undefined) throw new Error('pair-state returned no row')
  return row
}
