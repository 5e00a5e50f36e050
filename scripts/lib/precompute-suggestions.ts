// The suggestion precompute: reads the follows everyone may see (cypher/recommendations/visible-follows-page.cypher)
// into memory, generates each user's candidates from several generators (scripts/lib/ranker/candidates.ts),
// ranks them with the model trained on the graph's own newest follows, or with the single generator that beat
// it on the held-out users (scripts/lib/ranker/train.ts; the model goes on the :SuggestionModel node), counts
// each candidate's mutuals among the user's sampled followings (ranker/mutuals.ts) and the user's similar
// accounts (ranker/similar.ts), all in memory, and stores them on a :Suggestions node; GET
// /v1/users/{id}/suggestions and /similar read them and check every exclusion at read time.
// `refreshFromChanges` keeps them fresh: it reads the change feed and recomputes the users whose follows changed
// (both ends) with the stored model.
import type { Database } from '../../src/database.js'
import { changesAfter } from '../../src/queries/changes.js'
import type { ChangeType } from '../../src/schemas/changes.js'
import {
  deleteOrphanSuggestions, gdsVersion, sampledFollowings, storeCandidates, storeSuggestionModel, suggestionModel, visibleFollowsPage,
  type StoredCandidates, type VisibleFollows
} from '../../src/queries/recommendations.js'
import { similarCaps, storeSimilar, type SimilarRow } from '../../src/queries/similar.js'
import { suggestionCaps } from '../../src/queries/suggestions.js'
import { CandidateGenerator } from './ranker/candidates.js'
import { buildFollowGraph, inDegree, outDegree, type FollowEdge, type FollowGraph } from './ranker/follow-graph.js'
import { Mutuals } from './ranker/mutuals.js'
import { SimilarAccounts, type PublicCounts } from './ranker/similar.js'
import { defaultTrainOptions, rankFor, scorer, trainRanker, type MethodName, type TrainOptions, type TrainedModel } from './ranker/train.js'

/** Stored per user: 40 candidates cover the default limit (20) after the read-time exclusions. */
export const storedPerUser = 40

/** Users per write transaction, and users per page of the graph's read. */
const batchSize = 500
const pageSize = 5000

export class GdsAbsent extends Error {
  constructor () { super('Graph Data Science is not installed on this Neo4j server: suggestions come from friends of friends') }
}

export interface PrecomputeReport {
  users: number
  stored: number
  /** Reading the follows everyone may see into memory. */
  readMs: number
  /** Training and choosing the model (0 when the stored one was used). */
  trainMs: number
  computeMs: number
  orphansDeleted: number
  /** What serves, and its hit@20 on the held-out users. */
  method: TrainedModel['method']
  heldOutHit20: number
}

export type PrecomputeProgress = (done: number) => void

export interface VisibleGraph { graph: FollowGraph, edges: FollowEdge[], index: Map<string, number>, counts: PublicCounts }

/** The follows everyone may see, every user by index, with the public counts. */
export async function readVisibleGraph (db: Database): Promise<VisibleGraph> {
  const rows: VisibleFollows[] = []
  for (let after = ''; ;) {
    const page = await visibleFollowsPage(db, after, pageSize)
    if (page.length === 0) break
    rows.push(...page)
    after = page[page.length - 1]!.id
  }
  return visibleGraphOf(rows)
}

/**
 * The graph of the pages read: users by index in id order, and their follows. The pages are read one after
 * the other while the service writes, so a follow may name a user that was not there when its page was read
 * (created since): such a follow is left out, never taken for another user.
 */
export function visibleGraphOf (rows: readonly VisibleFollows[]): VisibleGraph {
  const ids = rows.map(r => r.id)
  const index = new Map(ids.map((id, i) => [id, i]))
  const edges: FollowEdge[] = []
  rows.forEach((r, from) => r.to.forEach((to, k) => {
    const target = index.get(to)
    if (target !== undefined) edges.push({ from, to: target, since: r.since[k]! })
  }))
  const counts: PublicCounts = { followers: Float64Array.from(rows, r => r.followers), hideNetwork: Uint8Array.from(rows, r => r.hideNetwork ? 1 : 0) }
  return { graph: buildFollowGraph(ids, edges), edges, index, counts }
}

/** Computes the similar accounts of `ids` (in `v`), as stored: none for a user whose followers follow nobody else. */
export function similarRows (v: VisibleGraph, similar: SimilarAccounts, ids: readonly string[]): SimilarRow[] {
  return ids.flatMap(id => {
    const u = v.index.get(id)
    const s = u === undefined ? null : similar.of(u)
    return s === null ? [] : [{ id, similar: s.similar.map(c => v.graph.ids[c]!), scores: s.scores }]
  })
}

/** Computes and stores the similar accounts of `ids` alone (what the full precompute stores for them); answers how many. */
export async function precomputeSimilar (db: Database, ids: string[]): Promise<number> {
  const v = await readVisibleGraph(db)
  const rows = similarRows(v, new SimilarAccounts(v.graph, v.counts, similarCaps), ids)
  return await db.transaction('WRITE', async tx => await storeSimilar(tx, rows))
}

/**
 * Recomputes the candidates of `ids`, or of every user that follows or is followed when `ids` is undefined
 * (then also trains the model again, and drops the :Suggestions of deleted users). With `ids`, the stored
 * model ranks (trained first when there is none).
 */
export async function precomputeSuggestions (db: Database, o: {
  ids?: string[]
  train?: TrainOptions
  /** Ranks with this method instead of the one the model chose (the model is still trained and stored). */
  method?: MethodName
  onProgress?: PrecomputeProgress
} = {}): Promise<PrecomputeReport> {
  if (await gdsVersion(db) === null) throw new GdsAbsent()
  const t0 = Date.now()
  const visible = await readVisibleGraph(db)
  const { graph, edges, index } = visible
  const readMs = Date.now() - t0
  let model = o.ids === undefined ? null : await suggestionModel(db)
  if (model === null) {
    model = trainRanker(graph.ids, edges, o.train ?? defaultTrainOptions)
    await storeSuggestionModel(db, model)
  }
  const trainMs = Date.now() - t0 - readMs
  const generator = new CandidateGenerator(graph, (o.train ?? defaultTrainOptions).generator)
  const mutuals = new Mutuals(graph)
  const similar = new SimilarAccounts(graph, visible.counts, similarCaps)
  const score = scorer(model, o.method ?? model.method)
  const users = (o.ids ?? graph.ids).filter(id => {
    const u = index.get(id)
    return u !== undefined && outDegree(graph, u) + inDegree(graph, u) > 0
  })
  let stored = 0
  for (let done = 0; done < users.length;) {
    const ids = users.slice(done, done + batchSize)
    const followingsOf = new Map((await sampledFollowings(db, ids, suggestionCaps.maxFollowings)).map(r => [r.id, r.followings]))
    const rows = ids.map((id): StoredCandidates => {
      const ranked = rankFor(generator, index.get(id)!, score, storedPerUser)
      const best = Math.max(0, ranked[0]?.score ?? 0)
      const followings = (followingsOf.get(id) ?? []).flatMap(m => index.get(m) ?? [])
      const vias = mutuals.of(followings, ranked.map(r => r.user))
      return {
        id,
        candidates: ranked.map(r => graph.ids[r.user]!),
        // Scaled so that the best is 1; never 0 (a stored score is in (0, 1]), the order kept.
        scores: ranked.map(r => Math.max(best > 0 ? r.score / best : 0, 1e-6)),
        mutualCounts: vias.map(v => v.length),
        via: vias.flatMap(v => [...v.slice(0, 3).map(m => graph.ids[m]!), '', '', ''].slice(0, 3))
      }
    })
    const similarOf = similarRows(visible, similar, ids)
    stored += await db.transaction('WRITE', async tx => {
      const n = await storeCandidates(tx, rows)
      await storeSimilar(tx, similarOf)
      return n
    })
    done += ids.length
    o.onProgress?.(done)
  }
  let orphansDeleted = 0
  if (o.ids === undefined) {
    for (let n = await deleteOrphanSuggestions(db, 10_000); n > 0; n = await deleteOrphanSuggestions(db, 10_000)) orphansDeleted += n
  }
  const method = o.method ?? model.method
  const served = model.evaluation.find(e => e.method === method)
  return { users: users.length, stored, readMs, trainMs, computeMs: Date.now() - t0 - readMs - trainMs, orphansDeleted, method, heldOutHit20: served?.hit ?? NaN }
}

/** Changes after which a user's candidates are recomputed: both ends' follows changed. */
const followChanges = new Set<ChangeType>(['follow', 'unfollow', 'follow.accepted', 'follower.removed', 'block', 'unblock'])

export interface FeedPosition { atMs: number, id: string }

/**
 * Reads the change feed after `from` (oldest first, at most `max` changes) and recomputes the users whose
 * follows changed; answers where to resume and how many users were recomputed. Nothing to do: no graph read.
 */
export async function refreshFromChanges (db: Database, from: FeedPosition, o: { lagMs: number, max?: number, method?: MethodName }): Promise<{ next: FeedPosition, users: number }> {
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
  const report = await precomputeSuggestions(db, { ids: [...touched].sort(), ...(o.method !== undefined && { method: o.method }) })
  return { next, users: report.users }
}
