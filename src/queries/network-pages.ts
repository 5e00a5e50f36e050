// Keyset-paginated network pages (followers, following, friends, blocks; the user lists of API.md are
// src/queries/user-lists.ts): typed wrappers over cypher/network-pages/*.cypher. Each page statement answers up to
// `limit` rows after (since, after) in (since DESC, id DESC) order.
import neo4j from 'neo4j-driver'
import type { Database } from '../database.js'
import type { PageStart } from '../cursors.js'
import type { ListItem } from '../schemas/relationships.js'
import { readQuery } from './cypher.js'

export type ListKind = 'followers' | 'following' | 'friends' | 'blocks'

const pages: Record<ListKind, ReturnType<typeof readQuery>> = {
  followers: readQuery('network-pages/followers-page'),
  following: readQuery('network-pages/following-page'),
  friends: readQuery('network-pages/friends-page'),
  blocks: readQuery('network-pages/blocks-page')
}

export interface PageParams extends PageStart {
  id: string
  limit: number
  /** Show edges hidden by a BLOCKS between the two ends. */
  includeBlocked: boolean
  /** Leave out users in a BLOCKS relation with this user (null: nobody). */
  viewer: string | null
}

/**
 * Rows of a list statement that answers `since` in epoch ms (stored times have millisecond precision), with
 * `since` made ISO: one Date per row instead of the driver's DateTime object and its fields.
 */
export function withIsoSince (rows: Array<Omit<ListItem, 'since'> & { since: number }>): ListItem[] {
  return rows.map(r => ({ id: r.id, username: r.username, name: r.name, since: new Date(r.since).toISOString() }))
}

export async function listPage (db: Database, kind: ListKind, p: PageParams): Promise<ListItem[]> {
  // LIMIT needs a Cypher integer: plain JS numbers travel as floats.
  return withIsoSince(await db.run(pages[kind], { ...p, limit: neo4j.int(p.limit) }))
}
