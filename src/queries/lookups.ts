// Counts and point lookups: typed wrappers over cypher/counts and cypher/lookups.
import type { Database } from '../database.js'
import type { Relationship } from '../schemas/relationships.js'
import { readQuery } from './cypher.js'

const q = {
  counts: readQuery('counts/user-counts'),
  relationships: readQuery('lookups/relationships'),
  followsVisibly: readQuery('lookups/follows-visibly')
}

/** Every count of a user, and whether it hides its network (the policy withholds some counts then). */
export interface CountsRow { followers: number, following: number, friends: number, blocks: number, mutes: number, pendingRequests: number, hideNetwork: boolean }

/** id's counts, or undefined when id does not exist. */
export async function userCounts (db: Database, id: string): Promise<CountsRow | undefined> {
  return (await db.run<CountsRow>(q.counts, { id }))[0]
}

/** The raw edges between id and each of ids, in the order given (empty when id does not exist). */
export async function relationships (db: Database, id: string, ids: string[]): Promise<Relationship[]> {
  return await db.run<Relationship>(q.relationships, { id, ids })
}

export interface FollowsVisibly { idExists: boolean, targetExists: boolean, follows: boolean }

export async function followsVisibly (db: Database, p: { id: string, target: string, includeBlocked: boolean, viewer: string | null }): Promise<FollowsVisibly> {
  const row = (await db.run<FollowsVisibly>(q.followsVisibly, p))[0]
  if (row === undefined) throw new Error('follows-visibly returned no row')
  return row
}
