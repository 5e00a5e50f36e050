// Recommendation methods over the follow graph: typed wrappers over cypher/recommendations/*.cypher. The
// Graph Data Science ones (personalized PageRank, random walks) run on a projection of FOLLOWS in GDS's
// catalog; resource allocation and Adamic-Adar are plain Cypher over the 2-hop neighbourhood.
import neo4j from 'neo4j-driver'
import type { Database, Tx } from '../database.js'
import { readQuery, writeQuery } from './cypher.js'
import type { MethodScore, SuggestionModel } from '../schemas/suggestion-model.js'

const q = {
  gdsVersion: readQuery('recommendations/gds-version'),
  project: writeQuery('recommendations/project-follows'),
  projectBipartite: writeQuery('recommendations/project-follows-bipartite'),
  salsa: readQuery('recommendations/salsa-candidates'),
  drop: writeQuery('recommendations/drop-projection'),
  pageRank: readQuery('recommendations/personalized-pagerank'),
  walks: readQuery('recommendations/random-walk-candidates'),
  resourceAllocation: readQuery('recommendations/resource-allocation'),
  adamicAdar: readQuery('recommendations/adamic-adar'),
  sampledFollowings: readQuery('recommendations/sampled-followings'),
  storeCandidates: writeQuery('recommendations/store-candidates'),
  deleteOrphans: writeQuery('recommendations/delete-orphan-suggestions'),
  visibleFollowsPage: readQuery('recommendations/visible-follows-page'),
  storeModel: writeQuery('recommendations/store-suggestion-model'),
  model: readQuery('recommendations/suggestion-model')
}

/** A ranked candidate and its method's score (higher is better). */
export interface Scored { id: string, score: number }

const procedureMissing = (err: unknown): boolean => {
  const code = (err as { code?: unknown }).code
  return code === 'Neo.ClientError.Procedure.ProcedureNotFound' || code === 'Neo.ClientError.Statement.SyntaxError'
}

/** GDS's version, or null when the server has no Graph Data Science. Other errors (unreachable...) are thrown. */
export async function gdsVersion (db: Database): Promise<string | null> {
  try {
    return (await db.run<{ version: string }>(q.gdsVersion))[0]?.version ?? null
  } catch (err) {
    if (procedureMissing(err)) return null
    throw err
  }
}

export interface Projection { graph: string, nodes: number, relationships: number }

/**
 * Projects FOLLOWS among the users whose id starts with `prefix` ('' = all) as `graph`, replacing an older one;
 * `undirected`: walkable both ways.
 */
export async function projectFollows (db: Database, graph: string, o: { prefix?: string, undirected: boolean }): Promise<Projection> {
  await dropProjection(db, graph)
  const [row] = await db.run<Projection>(q.project, { graph, prefix: o.prefix ?? '', undirected: o.undirected })
  return row ?? { graph, nodes: 0, relationships: 0 }
}

/** Projects the follow graph as hubs and authorities (SALSA's bipartite graph) as `graph`, replacing an older one. */
export async function projectFollowsBipartite (db: Database, graph: string, prefix = ''): Promise<Projection> {
  await dropProjection(db, graph)
  const [row] = await db.run<Projection>(q.projectBipartite, { graph, prefix })
  return row ?? { graph, nodes: 0, relationships: 0 }
}

export async function dropProjection (db: Database, graph: string): Promise<void> {
  await db.run(q.drop, { graph })
}

/** The `n` accounts with the highest personalized PageRank from `id` (itself and its follows included). */
export async function personalizedPageRank (db: Database, graph: string, id: string, n: number): Promise<Scored[]> {
  return await db.run<Scored>(q.pageRank, { graph, id, n: neo4j.int(n) })
}

export interface WalkParams {
  /** Nodes per walk, the user included. */
  walkLength: number
  walksPerNode: number
  /** PageRank's damping: the walk goes on with this probability (restarts with 1 - decay). */
  decay: number
  seed: number
}

/** What the PageRank estimate needs besides the walks: the FOLLOWS count and the most-followed ids. */
export interface GraphFacts { edges: number, popular: string[] }

/** Random-walk settings of the precompute and the evaluation (RECOMMENDATIONS.md says why these). */
export const defaultWalks: WalkParams = { walkLength: 4, walksPerNode: 200, decay: 0.85, seed: 42 }

export interface WalkCandidates { id: string, candidates: string[], scores: number[] }

/**
 * Per user of `ids` (those with a follow either way), the `n` best accounts by personalized PageRank estimated
 * with random walks on the undirected projection `graph`, those it follows left out.
 */
export async function randomWalkCandidates (db: Database, graph: string, ids: string[], n: number, facts: GraphFacts, walks: WalkParams = defaultWalks): Promise<WalkCandidates[]> {
  return await db.run<WalkCandidates>(q.walks, { graph, ids, n: neo4j.int(n), ...facts, ...walks })
}

/** Per user of `ids`, the `n` best accounts by SALSA walks on the bipartite projection, those it follows left out. */
export async function salsaCandidates (db: Database, graph: string, ids: string[], n: number, walks: WalkParams = defaultWalks): Promise<WalkCandidates[]> {
  return await db.run<WalkCandidates>(q.salsa, { graph, ids, n: neo4j.int(n), ...walks })
}

/** The `n` best second-degree accounts of `id` by resource allocation (its follows may be among them). */
export async function resourceAllocation (db: Database, id: string, n: number): Promise<Scored[]> {
  return await db.run<Scored>(q.resourceAllocation, { id, n: neo4j.int(n) })
}

/** The `n` best second-degree accounts of `id` by Adamic-Adar (its follows may be among them). */
export async function adamicAdar (db: Database, id: string, n: number): Promise<Scored[]> {
  return await db.run<Scored>(q.adamicAdar, { id, n: neo4j.int(n) })
}

/** Per user of `ids`, the followings its mutualCount and via are drawn from (its `maxFollowings` newest not in a block relation), newest first. */
export async function sampledFollowings (db: Database, ids: string[], maxFollowings: number): Promise<Array<{ id: string, followings: string[] }>> {
  return await db.run(q.sampledFollowings, { ids, maxFollowings: neo4j.int(maxFollowings) })
}

/** A user's ranked candidates as stored: scores best first in (0, 1]; per candidate its mutualCount and 3 via ('' padded). */
export interface StoredCandidates extends WalkCandidates { mutualCounts: number[], via: string[] }

/** Stores each row's candidates on the user's :Suggestions node; answers how many. */
export async function storeCandidates (tx: Pick<Tx, 'run'>, rows: StoredCandidates[]): Promise<number> {
  if (rows.length === 0) return 0
  return (await tx.run<{ stored: number }>(q.storeCandidates, { rows }))[0]?.stored ?? 0
}

/** Deletes up to `limit` :Suggestions nodes of users that no longer exist; answers how many. */
export async function deleteOrphanSuggestions (db: Database, limit: number): Promise<number> {
  return (await db.run<{ deleted: number }>(q.deleteOrphans, { limit: neo4j.int(limit) }))[0]?.deleted ?? 0
}

/** A user with the follows everyone may see (targets and times, epoch ms) and its public follower count. */
export interface VisibleFollows { id: string, to: string[], since: number[], followers: number, hideNetwork: boolean }

/** `limit` users after `after` (id order) with the follows everyone may see. */
export async function visibleFollowsPage (db: Database, after: string, limit: number): Promise<VisibleFollows[]> {
  return await db.run(q.visibleFollowsPage, { after, limit: neo4j.int(limit) })
}

/** Stores the precompute's model on the :SuggestionModel node (replacing the one before). */
export async function storeSuggestionModel (db: Database, model: SuggestionModel): Promise<void> {
  await db.run(q.storeModel, { model, evaluation: JSON.stringify(model.evaluation) })
}

/** The stored model, or null before the first precompute. */
export async function suggestionModel (db: Database): Promise<SuggestionModel | null> {
  const [row] = await db.run<Omit<SuggestionModel, 'evaluation'> & { evaluation: string }>(q.model)
  return row === undefined ? null : { ...row, evaluation: JSON.parse(row.evaluation) as MethodScore[] }
}
