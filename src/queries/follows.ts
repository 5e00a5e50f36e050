// Follows and follow requests: typed wrappers over cypher/follows/*.cypher (callers hold the pair lock).
import type { Tx } from '../database.js'
import { writeQuery } from './cypher.js'

const q = {
  followInOne: writeQuery('follows/follow'),
  deleteFollow: writeQuery('follows/delete-follow'),
  deleteRequest: writeQuery('follows/delete-request')
}

export type FollowStatementOutcome =
  | 'USER_NOT_FOUND_ID' | 'USER_NOT_FOUND_TARGET' | 'BLOCKED_BY_TARGET' | 'UNBLOCK_FIRST'
  | 'FOLLOWING' | 'REQUESTED' | 'REQUEST' | 'FOLLOW'

/**
 * The whole follow in one statement, in its own write transaction (follow.cypher): the pair lock, API.md's
 * rules, the edge and its change-feed entry. Answers which rule applied.
 */
export async function followInOne (tx: Tx, id: string, target: string): Promise<FollowStatementOutcome> {
  const row = (await tx.run<{ outcome: FollowStatementOutcome }>(q.followInOne, { id, target, ids: [id, target].sort() }))[0]
  if (row === undefined) throw new Error('follow returned no row')
  return row.outcome
}

/** Deletes the FOLLOWS edge from -> to (hidden or not); answers whether there was one. */
export async function deleteFollow (tx: Tx, from: string, to: string): Promise<boolean> {
  return (await tx.run<{ deleted: boolean }>(q.deleteFollow, { from, to }))[0]?.deleted ?? false
}

/** Deletes the pending request from -> to; answers whether there was one. */
export async function deleteRequest (tx: Tx, from: string, to: string): Promise<boolean> {
  return (await tx.run<{ deleted: boolean }>(q.deleteRequest, { from, to }))[0]?.deleted ?? false
}
