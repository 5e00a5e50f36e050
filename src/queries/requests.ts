// Follow requests (REQUESTED edges to private users): typed wrappers over cypher/requests/*.cypher.
import neo4j from 'neo4j-driver'
import type { Database, Tx } from '../database.js'
import type { ListItem } from '../schemas/relationships.js'
import { readQuery, writeQuery } from './cypher.js'

const q = {
  page: readQuery('requests/requests-page'),
  pendingRequesters: writeQuery('requests/pending-requesters'),
  followRequesters: writeQuery('requests/follow-requesters'),
  dropBatch: writeQuery('requests/drop-requests-batch'),
  clearHidden: writeQuery('requests/clear-hidden-requests')
}

/** One keyset page of id's incoming requests, older than (since, after), in (since DESC, id DESC) order. */
export async function requestsPage (db: Database, p: { id: string, since: string, after: string, limit: number }): Promise<ListItem[]> {
  return await db.run<ListItem>(q.page, { ...p, limit: neo4j.int(p.limit) })
}

/**
 * Accepts every pending request to id in the caller's transaction (which must hold id's lock), `batch` at a
 * time so no statement carries 100,000 rows: all the FOLLOWS first, then the REQUESTED edges are dropped
 * (see cypher/requests/follow-requesters.cypher for why in that order). A request hidden by a list block is
 * dropped, not accepted (as a block would have dropped it): no follow is made between users in a block
 * relation. Answers the requesters accepted and those dropped.
 */
export async function acceptAllRequests (tx: Tx, id: string, batch = 10_000): Promise<{ accepted: string[], dropped: string[] }> {
  const pending = await tx.run<{ requester: string, hidden: boolean }>(q.pendingRequesters, { id })
  const accepted = pending.filter(r => !r.hidden).map(r => r.requester)
  const dropped = pending.filter(r => r.hidden).map(r => r.requester)
  for (let i = 0; i < accepted.length; i += batch) {
    await tx.run(q.followRequesters, { id, requesters: accepted.slice(i, i + batch) })
  }
  for (;;) {
    const rows = await tx.run<{ dropped: number }>(q.dropBatch, { id, batch: neo4j.int(batch) })
    if ((rows[0]?.dropped ?? 0) < batch) break
  }
  if (dropped.length > 0) await tx.run(q.clearHidden, { id })
  return { accepted, dropped }
}
