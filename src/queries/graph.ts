// Shared by every relationship write: the pair lock (cypher/graph/lock-pair.cypher) and the runner of the one-statement writes.
import type { Tx } from '../database.js'
import { writeQuery, type Query } from './cypher.js'

const q = {
  lockPair: writeQuery('graph/lock-pair')
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

/** What a one-statement delete (unfollow, remove-follower, unblock) answers. */
export type LockedDeleteOutcome = 'USER_NOT_FOUND_ID' | 'USER_NOT_FOUND_TARGET' | 'NONE' | 'DELETED'

/**
 * Runs one of the one-statement relationship writes (follows/follow, follows/unfollow, blocks/block, ...):
 * each takes the pair lock itself, from `ids` in sorted order, and answers the rule that applied.
 */
export async function lockedStatement<O extends string> (tx: Tx, query: Query, id: string, target: string): Promise<O> {
  const row = (await tx.run<{ outcome: O }>(query, { id, target, ids: [id, target].sort() }))[0]
  if (row === undefined) throw new Error(`${query.name} returned no row`)
  return row.outcome
}
