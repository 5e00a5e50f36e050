// Mutes: the list page (cypher/mutes/mutes-page.cypher); the writes are cypher/writes/mute.cypher and
// unmute.cypher. A mute whose `until` has passed is treated as absent everywhere (filtered at read time), so
// expired edges need no cleanup job.
import neo4j from 'neo4j-driver'
import type { Database } from '../database.js'
import type { Mute } from '../schemas/mutes.js'
import { readQuery } from './cypher.js'

const q = {
  page: readQuery('mutes/mutes-page')
}

/** One keyset page: mutes older than (since, after) in (since DESC, id DESC) order. */
export async function mutesPage (db: Database, p: { id: string, since: string, after: string, limit: number }): Promise<Mute[]> {
  return await db.run<Mute>(q.page, { ...p, limit: neo4j.int(p.limit) })
}
