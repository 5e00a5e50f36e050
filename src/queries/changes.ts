// The change feed's write side: every write transaction records what it changed, in the same transaction.
import type { Tx } from '../database.js'
import { writeQuery } from './cypher.js'

export type ChangeType =
  | 'user.created' | 'user.updated' | 'user.deleted'
  | 'follow' | 'unfollow' | 'follow.requested' | 'follow.accepted' | 'follow.rejected' | 'follower.removed'
  | 'block' | 'unblock' | 'mute' | 'unmute'

const record = writeQuery('changes/record-change')

/** Records one change inside the caller's transaction; call it as the transaction's last statement. */
export async function recordChange (tx: Tx, type: ChangeType, actor: string, target: string | null = null): Promise<void> {
  await tx.run(record, { type, actor, target })
}

const recordMany = writeQuery('changes/record-changes')

export interface ChangeRecord { type: ChangeType, actor: string, target: string | null }

/** Records many changes at once (bulk import), in the given order; call it as the transaction's last statement. */
export async function recordChanges (tx: Tx, batch: string, changes: ChangeRecord[]): Promise<void> {
  if (changes.length === 0) return
  await tx.run(recordMany, { batch, changes: changes.map(c => ({ type: c.type, actor: c.actor, target: c.target })) })
}
