// Known followers ("followed by A and B you know"): typed wrapper over cypher/network-pages/known-followers.cypher.
import neo4j from 'neo4j-driver'
import type { Database } from '../database.js'
import { readQuery } from './cypher.js'
import type { ListItem } from '../schemas/relationships.js'
import { withIsoSince } from './network-pages.js'

const q = readQuery('network-pages/known-followers')

/** One keyset page (a known follower is a list page's item), in id's `following` order (since DESC, id DESC) after (since, after). */
export async function knownFollowersPage (db: Database, p: {
  id: string, target: string, viewer: string | null, since: string, after: string, limit: number
}): Promise<ListItem[]> {
  // LIMIT needs a Cypher integer: plain JS numbers travel as floats. since comes as epoch ms (see lists.ts).
  return withIsoSince(await db.run(q, { ...p, limit: neo4j.int(p.limit) }))
}
