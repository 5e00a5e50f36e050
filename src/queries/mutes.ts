// Mutes: typed wrappers over cypher/mutes/*.cypher. A mute whose `until` has passed is treated as absent by
// every statement here (filtered at read time), so expired edges need no cleanup job.
import neo4j from 'neo4j-driver'
import type { Database, Tx } from '../database.js'
import { readQuery, writeQuery } from './cypher.js'

const q = {
  mute: writeQuery('mutes/mute-user'),
  unmute: writeQuery('mutes/unmute-user'),
  page: readQuery('mutes/mutes-page')
}

export interface MuteRow { id: string, username: string, name: string, since: string, until: string | null }

/** Mutes target (both users must exist and be locked); created is false when an unexpired mute was updated. */
export async function muteUser (tx: Tx, p: { id: string, target: string, until: string | null }): Promise<{ created: boolean, mute: MuteRow }> {
  const row = (await tx.run<{ created: boolean, mute: MuteRow }>(q.mute, p))[0]
  if (row === undefined) throw new Error('mute-user returned no row')
  return row
}

/** Removes the mute; answers whether an unexpired one was there. */
export async function unmuteUser (tx: Tx, p: { id: string, target: string }): Promise<boolean> {
  return (await tx.run<{ wasActive: boolean }>(q.unmute, p))[0]?.wasActive ?? false
}

/** One keyset page: mutes older than (since, after) in (since DESC, id DESC) order. */
export async function mutesPage (db: Database, p: { id: string, since: string, after: string, limit: number }): Promise<MuteRow[]> {
  return await db.run<MuteRow>(q.page, { ...p, limit: neo4j.int(p.limit) })
}
