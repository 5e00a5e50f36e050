// The suggestion precompute: projects the follow graph into Graph Data Science (undirected), estimates each
// user's personalized PageRank by random walks (cypher/recommendations/store-walk-candidates.cypher) and
// stores its best candidates on a :Suggestions node; GET /v1/users/{id}/suggestions reads them and checks
// every exclusion at read time. `refreshFromChanges` keeps them fresh: it reads the change feed and recomputes
// the users whose follows changed (both ends), on a fresh projection.
import type { Database } from '../../src/database.js'
import { changesAfter } from '../../src/queries/changes.js'
import type { ChangeType } from '../../src/schemas/changes.js'
import { countOf } from '../../src/queries/export.js'
import {
  defaultWalks, deleteOrphanSuggestions, dropProjection, estimateMemory, gdsVersion, projectFollows, randomWalkCandidates, storeCandidates, usersWithFollows,
  type GraphFacts, type WalkParams
} from '../../src/queries/recommendations.js'
import { storeSimilar } from '../../src/queries/similar.js'
import { mostFollowed, suggestionCaps } from '../../src/queries/suggestions.js'

/** The projection the precompute walks on (GDS's catalog is per server; one precompute at a time). */
export const servingGraph = 'suggestions-follows'

/** Stored per user: 40 candidates cover the default limit (20) after the read-time exclusions. */
export const storedPerUser = 40

/** The estimate's inputs besides the walks: every FOLLOWS (count store) and the 40 most-followed users. */
async function graphFacts (db: Database): Promise<GraphFacts> {
  return { edges: await countOf(db, 'FOLLOWS'), popular: (await mostFollowed(db)).slice(0, storedPerUser).map(p => p.id) }
}

/** Users per statement, and statements at once (the walks run on one thread each; the machine has two cores). */
const batchSize = 500
const parallel = 2

export class GdsAbsent extends Error {
  constructor () { super('Graph Data Science is not installed on this Neo4j server: suggestions come from friends of friends') }
}

export interface PrecomputeReport {
  users: number
  stored: number
  projectionMs: number
  computeMs: number
  orphansDeleted: number
  /** GDS's own estimate of the heap the projection and the walks need (full runs only). */
  heapEstimate?: { projection: string, walks: string }
}

export type PrecomputeProgress = (done: number) => void

async function inParallel (batches: AsyncIterable<string[]>, work: (ids: string[]) => Promise<number>): Promise<number> {
  let stored = 0
  const running = new Set<Promise<void>>()
  let failure: unknown
  for await (const ids of batches) {
    while (running.size >= parallel) await Promise.race(running)
    if (failure !== undefined) break
    const p: Promise<void> = work(ids).then(n => { stored += n }, (err: unknown) => { failure ??= err }).finally(() => { running.delete(p) })
    running.add(p)
  }
  await Promise.all(running)
  if (failure !== undefined) throw failure
  return stored
}

/**
 * Recomputes the candidates of `ids`, or of every user that follows someone when `ids` is undefined (then
 * also drops the :Suggestions of deleted users). Projects the graph first and drops the projection after.
 */
export async function precomputeSuggestions (db: Database, o: { ids?: string[], walks?: WalkParams, onProgress?: PrecomputeProgress } = {}): Promise<PrecomputeReport> {
  if (await gdsVersion(db) === null) throw new GdsAbsent()
  const walks = o.walks ?? defaultWalks
  let heapEstimate: PrecomputeReport['heapEstimate']
  if (o.ids === undefined) {
    const e = await estimateMemory(db, walks)
    heapEstimate = { projection: e.projection.requiredMemory, walks: e.walks.requiredMemory }
  }
  const t0 = Date.now()
  const facts = await graphFacts(db)
  await projectFollows(db, servingGraph, { undirected: true })
  const projectionMs = Date.now() - t0
  let users = 0
  try {
    const batches = async function * (): AsyncGenerator<string[]> {
      if (o.ids !== undefined) {
        for (let i = 0; i < o.ids.length; i += batchSize) yield o.ids.slice(i, i + batchSize)
        return
      }
      for (let after = ''; ;) {
        const ids = await usersWithFollows(db, after, batchSize)
        if (ids.length === 0) return
        after = ids[ids.length - 1]!
        yield ids
      }
    }
    const stored = await inParallel(batches(), async ids => {
      const rows = await randomWalkCandidates(db, servingGraph, ids, storedPerUser, facts, walks)
      const n = await storeCandidates(db, rows, suggestionCaps.maxFollowings)
      await storeSimilar(db, ids)
      users += ids.length
      o.onProgress?.(users)
      return n
    })
    let orphansDeleted = 0
    if (o.ids === undefined) {
      for (let n = await deleteOrphanSuggestions(db, 10_000); n > 0; n = await deleteOrphanSuggestions(db, 10_000)) orphansDeleted += n
    }
    return { users, stored, projectionMs, computeMs: Date.now() - t0 - projectionMs, orphansDeleted, ...(heapEstimate !== undefined && { heapEstimate }) }
  } finally {
    await dropProjection(db, servingGraph)
  }
}

/** Changes after which a user's candidates are recomputed: both ends' follows changed. */
const followChanges = new Set<ChangeType>(['follow', 'unfollow', 'follow.accepted', 'follower.removed', 'block', 'unblock'])

export interface FeedPosition { atMs: number, id: string }

/**
 * Reads the change feed after `from` (oldest first, at most `max` changes) and recomputes the users whose
 * follows changed; answers where to resume and how many users were recomputed. Nothing to do: no projection.
 */
export async function refreshFromChanges (db: Database, from: FeedPosition, o: { lagMs: number, max?: number, walks?: WalkParams }): Promise<{ next: FeedPosition, users: number }> {
  const touched = new Set<string>()
  let next = from
  for (let read = 0; read < (o.max ?? 100_000);) {
    const { rows } = await changesAfter(db, { ...next, limit: 1000, lagMs: o.lagMs, withPruned: false })
    if (rows.length === 0) break
    read += rows.length
    for (const r of rows) {
      if (!followChanges.has(r.type)) continue
      touched.add(r.actor)
      if (r.target !== null) touched.add(r.target)
    }
    const last = rows[rows.length - 1]!
    next = { atMs: last.at, id: last.id }
  }
  if (touched.size === 0) return { next, users: 0 }
  const report = await precomputeSuggestions(db, { ids: [...touched].sort(), ...(o.walks !== undefined && { walks: o.walks }) })
  return { next, users: report.users }
}
