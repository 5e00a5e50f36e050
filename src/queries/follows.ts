// Follows and follow requests: typed wrappers over cypher/follows/*.cypher (callers hold the pair lock).
import type { Tx } from '../database.js'
import { writeQuery } from './cypher.js'

const q = {
  follow: writeQuery('follows/create-follow'),
  request: writeQuery('follows/create-request'),
  deleteFollow: writeQuery('follows/delete-follow'),
  deleteRequest: writeQuery('follows/delete-request')
}

export async function createFollow (tx: Tx, id: string, target: string): Promise<void> {
  await tx.run(q.follow, { id, target })
}

export async function createRequest (tx: Tx, id: string, target: string): Promise<void> {
  await tx.run(q.request, { id, target })
}

/** Deletes the FOLLOWS edge from -> to (hidden or not); answers whether there was one. */
export async function deleteFollow (tx: Tx, from: string, to: string): Promise<boolean> {
  return (await tx.run<{ deleted: boolean }>(q.deleteFollow, { from, to }))[0]?.deleted ?? false
}

/** Deletes the pending request from -> to; answers whether there was one. */
export async function deleteRequest (tx: Tx, from: string, to: string): Promise<boolean> {
  return (await tx.run<{ deleted: boolean }>(q.deleteRequest, { from, to }))[0]?.deleted ?? false
}
