// Follows and follow requests: typed wrappers over cypher/follows/*.cypher (each statement takes the pair lock itself).
import type { Tx } from '../database.js'
import { writeQuery } from './cypher.js'
import { lockedStatement, type LockedDeleteOutcome } from './graph.js'

const q = {
  followInOne: writeQuery('follows/follow'),
  unfollow: writeQuery('follows/unfollow'),
  removeFollower: writeQuery('follows/remove-follower')
}

export type FollowStatementOutcome =
  | 'USER_NOT_FOUND_ID' | 'USER_NOT_FOUND_TARGET' | 'BLOCKED_BY_TARGET' | 'UNBLOCK_FIRST'
  | 'FOLLOWING' | 'REQUESTED' | 'REQUEST' | 'FOLLOW'

/**
 * The whole follow in one statement, in its own write transaction (follow.cypher): the pair lock, API.md's
 * rules, the edge and its change-feed entry. Answers which rule applied.
 */
export async function followInOne (tx: Tx, id: string, target: string): Promise<FollowStatementOutcome> {
  return await lockedStatement<FollowStatementOutcome>(tx, q.followInOne, id, target)
}

/** Unfollow (the FOLLOWS and a pending request of id to target) in one statement (unfollow.cypher). */
export async function unfollowInOne (tx: Tx, id: string, target: string): Promise<LockedDeleteOutcome> {
  return await lockedStatement<LockedDeleteOutcome>(tx, q.unfollow, id, target)
}

/** Remove follower (target's FOLLOWS to id) in one statement (remove-follower.cypher). */
export async function removeFollowerInOne (tx: Tx, id: string, follower: string): Promise<LockedDeleteOutcome> {
  return await lockedStatement<LockedDeleteOutcome>(tx, q.removeFollower, id, follower)
}
