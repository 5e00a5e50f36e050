// Similar accounts: typed wrappers over cypher/recommendations/similar-accounts.cypher (the computation at
// read time, when the precompute stored no list), store-similar.cypher (the precompute's lists), and
// cypher/similar/* (the read path).
import neo4j from 'neo4j-driver'
import { readerOf, type Principal } from '../access-policy.js'
import type { Database, Tx } from '../database.js'
import type { SimilarAccount } from '../schemas/similar.js'
import { readQuery, writeQuery } from './cypher.js'

const q = {
  compute: readQuery('recommendations/similar-accounts'),
  store: writeQuery('recommendations/store-similar'),
  stored: readQuery('similar/stored-similar'),
  allowed: readQuery('similar/allowed-similar')
}

/**
 * Sampling caps (at most 1,000 follows read per user), and how many similar accounts are kept per user: the
 * API's limit (up to 100) takes the first allowed of these.
 */
export const similarCaps = { maxFollowers: 50, perFollower: 20, n: 100 }

export interface SimilarRow { id: string, similar: string[], scores: number[] }

/**
 * The similar accounts of each of `ids` as `reader` may learn them (readerOf). The precompute computes the same
 * for `everyone` in memory (scripts/lib/ranker/similar.ts).
 */
export async function computeSimilar (tx: Pick<Tx, 'run'>, ids: string[], reader: string | null): Promise<SimilarRow[]> {
  return await tx.run<SimilarRow>(q.compute, { ids, reader, maxFollowers: neo4j.int(similarCaps.maxFollowers), perFollower: neo4j.int(similarCaps.perFollower), n: neo4j.int(similarCaps.n) })
}

/** The precompute: stores each row's similar accounts (computed from the follows everyone may see); answers how many. */
export async function storeSimilar (tx: Pick<Tx, 'run'>, rows: SimilarRow[]): Promise<number> {
  if (rows.length === 0) return 0
  return (await tx.run<{ stored: number }>(q.store, { rows }))[0]?.stored ?? 0
}

/**
 * The first `limit` similar accounts of `id` that a reader may be shown: from the stored list (drawn from what
 * everyone may see) in one auto-commit read; when that answers none, in one transaction: none if a stored list
 * exists (every account on it left out), else a list computed now from what the reader may see.
 */
export async function similarFor (db: Database, id: string, principal: Principal, limit: number): Promise<SimilarAccount[]> {
  const allowed = { id, viewer: principal.sub, limit: neo4j.int(limit) }
  const fromStored = await db.run<SimilarAccount>(q.allowed, { ...allowed, similar: null, scores: null })
  if (fromStored.length > 0) return fromStored
  return await db.transaction('READ', async tx => {
    if ((await tx.run(q.stored, { id })).length > 0) return []
    const { similar, scores } = (await computeSimilar(tx, [id], readerOf(principal)))[0] ?? { similar: [], scores: [] }
    if (similar.length === 0) return []
    return await tx.run<SimilarAccount>(q.allowed, { ...allowed, similar, scores })
  })
}
