// Known followers ("followed by A and B you know"): typed wrapper over cypher/lists/known-followers.cypher.
import neo4j from 'neo4j-driver'
import type { Database } from '../database.js'
import { readQuery } from './cypher.js'

const q = readQuery('lists/known-followers')

export interface KnownFollowerRow { id: string, username: string, name: string, since: string }

/** One keyset page, in id's `following` order (since DESC, id DESC) after (since, after). */
export async function knownFollowersPage (db: Database, p: {
  id: string, target: string, viewer: string | null, since: string, after: string, limit: number
}): Promise<KnownFollowerRow[]> {
  // LIMIT needs a Cypher integer: plain JS numbers travel as floats. since comes as epoch ms (see lists.ts).
  const rows = await db.run<Omit<KnownFollowerRow, 'since'> & { since: number }>(q, { ...p, limit: neo4j.int(p.limit) })
  return rows.map(r => ({ id: r.id, username: r.username, name: r.name, since: new Date(r.since).toISOString() }))
}
