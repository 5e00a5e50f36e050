// The suggestion evaluation: loads the kept part of a split graph into Neo4j, asks each method for every
// sampled user's suggestions, and scores them against the held-out follows (hit@k, recall@k, nDCG@k, and the
// method's latency). Every method is finished the same way: candidates the user may not be suggested (itself,
// what it follows, users in a block relation with it) are dropped, then the most-followed users fill the list.
import type { Database } from '../../../src/database.js'
import { writeQuery } from '../../../src/queries/cypher.js'
import {
  adamicAdar, dropProjection, gdsVersion, personalizedPageRank, projectFollows, projectFollowsBipartite, randomWalkCandidates, resourceAllocation, salsaCandidates,
  type GraphFacts, type WalkParams, defaultWalks
} from '../../../src/queries/recommendations.js'
import { applySchema } from '../../../src/queries/schema.js'
import { suggestionsFor } from '../../../src/queries/suggestions.js'
import { precomputeSuggestions } from '../precompute-suggestions.js'
import type { Edge, EvalGraph } from './graph-source.js'
import { meanQuality, quantile, rankingQuality, type Quality } from './metrics.js'
import { sampleUsers, splitFollows, type Split, type SplitGraph } from './split.js'
import type { Principal } from '../../../src/access-policy.js'
import { CandidateGenerator, generators } from '../ranker/candidates.js'
import { buildFollowGraph } from '../ranker/follow-graph.js'
import { defaultTrainOptions, rankerName, rankFor, scorer, trainRanker, type MethodName, type TrainedModel } from '../ranker/train.js'

export const ks = [10, 20] as const
const longest = Math.max(...ks)

export interface MethodContext {
  db: Database
  /** The GDS projections of the kept follows: as they are, and walkable both ways. */
  graphs: { directed: string, undirected: string, bipartite: string }
  /** The kept graph's FOLLOWS count and most-followed users, for the PageRank estimate of the random walks. */
  facts: GraphFacts
  /** How many accounts the user follows in the kept graph, and how many it stands in a block relation with. */
  following: number
  blocked: number
  /** The ranker's state on the kept graph, trained on first use (the precompute's pipeline, in memory). */
  ranker: () => RankerState
  /** Runs `precompute-suggestions` on the loaded graph, once (the `served` method). */
  precompute: () => Promise<void>
}

/** The candidate generators and the ranker on the kept graph (scripts/lib/ranker/), as the precompute runs them. */
export interface RankerState { model: TrainedModel, generator: CandidateGenerator, index: Map<string, number>, ids: string[] }

export interface Method {
  name: string
  /** Needs Graph Data Science. */
  gds: boolean
  /** Runs in memory on the kept graph (scripts/lib/ranker/, or the popularity every list is filled with): no database. */
  memory?: true
  /** Runs only when named (--methods): it writes to the database. */
  optIn?: true
  /** Candidates, best first (may include excluded users: they are dropped after). */
  rank: (id: string, c: MethodContext) => Promise<string[]>
}

/** How many raw candidates to ask for, so that `longest` remain after the exclusions. */
/** The evaluation reads suggestions as a service would (every via named). */
const evaluator: Principal = { sub: null, scopes: new Set(['graph:read']) }
const wanted = (c: MethodContext): number => longest + c.following + c.blocked + 10

export function methods (walks: WalkParams = defaultWalks): Method[] {
  return [
    { name: 'popularity', gds: false, memory: true, rank: async () => [] },
    {
      name: 'friends-of-friends',
      gds: false,
      rank: async (id, c) => (await suggestionsFor(c.db, id, longest, evaluator))?.map(s => s.id) ?? []
    },
    { name: 'resource-allocation', gds: false, rank: async (id, c) => (await resourceAllocation(c.db, id, wanted(c))).map(s => s.id) },
    { name: 'adamic-adar', gds: false, rank: async (id, c) => (await adamicAdar(c.db, id, wanted(c))).map(s => s.id) },
    { name: 'personalized-pagerank', gds: true, rank: async (id, c) => (await personalizedPageRank(c.db, c.graphs.undirected, id, wanted(c))).map(s => s.id) },
    { name: 'personalized-pagerank-directed', gds: true, rank: async (id, c) => (await personalizedPageRank(c.db, c.graphs.directed, id, wanted(c))).map(s => s.id) },
    {
      name: 'random-walks',
      gds: true,
      rank: async (id, c) => (await randomWalkCandidates(c.db, c.graphs.undirected, [id], longest + c.blocked + 10, c.facts, walks))[0]?.candidates ?? []
    },
    ...([...Object.keys(generators), rankerName] as MethodName[]).map((method): Method => ({
      name: method === rankerName ? rankerName : `generator:${method}`,
      gds: false,
      memory: true,
      rank: async (id, c) => {
        const r = c.ranker()
        const u = r.index.get(id)
        return u === undefined ? [] : rankFor(r.generator, u, scorer(r.model, method), wanted(c)).map(x => r.ids[x.user]!)
      }
    })),
    {
      // What GET /suggestions answers after `precompute-suggestions` on the loaded graph (the route's own function):
      // the served method's figure through the service's read path. Last: it leaves :Suggestions stored, which
      // friends-of-friends (the same function) would read.
      name: 'served',
      gds: false,
      optIn: true,
      rank: async (id, c) => {
        await c.precompute()
        return (await suggestionsFor(c.db, id, longest, evaluator))?.map(s => s.id) ?? []
      }
    },
    {
      name: 'salsa',
      gds: true,
      rank: async (id, c) => (await salsaCandidates(c.db, c.graphs.bipartite, [id], longest + c.blocked + 10, walks))[0]?.candidates ?? []
    }
  ]
}

const createUsers = writeQuery('seed/create-users')
const createFollows = writeQuery('seed/create-follows')
const createBlocks = writeQuery('seed/create-blocks')
const batchEdges = 5_000

/** Loads the users, the kept follows and the blocks, ids prefixed with `prefix` (bulk CREATE: they must be new). */
export async function loadSplit (db: Database, g: EvalGraph, s: SplitGraph, prefix: string, log: (line: string) => void = () => {}): Promise<void> {
  await applySchema(db)
  const id = (i: number): string => `${prefix}${g.users[i]!}`
  for (let i = 0; i < g.users.length; i += 5_000) {
    const rows = g.users.slice(i, i + 5_000).map((_, k) => ({ id: id(i + k), username: id(i + k).replace(/-/g, '_'), name: `User ${g.users[i + k]!}`, createdAt: g.createdAt[i + k]! }))
    await db.transaction('WRITE', async tx => { await tx.run(createUsers, { rows }) })
  }
  const load = async (edges: Edge[], query: typeof createFollows, what: string): Promise<void> => {
    const sorted = [...edges].sort((a, b) => a.from - b.from)
    let rows: Array<{ from: string, to: string[], since: number[] }> = []
    let size = 0
    const flush = async (): Promise<void> => {
      const batch = rows
      rows = []
      size = 0
      await db.transaction('WRITE', async tx => { await tx.run(query, { rows: batch }) })
    }
    for (let i = 0; i < sorted.length; i++) {
      const e = sorted[i]!
      const last = rows[rows.length - 1]
      if (last !== undefined && last.from === id(e.from)) {
        last.to.push(id(e.to))
        last.since.push(e.since)
      } else {
        if (size >= batchEdges) await flush()
        rows.push({ from: id(e.from), to: [id(e.to)], since: [e.since] })
      }
      size++
      if ((i + 1) % 500_000 === 0) log(`  ${what}: ${(i + 1).toLocaleString('en')} of ${sorted.length.toLocaleString('en')}`)
    }
    if (rows.length > 0) await flush()
  }
  await load(s.train, createFollows, 'follows')
  await load(s.blocks, createBlocks, 'blocks')
}

export interface MethodResult {
  method: string
  /** Quality per k (10, 20), averaged over the evaluated users. */
  quality: Record<number, Quality>
  /** Latency of the method's database work per user, ms (one connection, after a warm-up). */
  p50: number
  p99: number
  /** Set when the method could not run (GDS absent). */
  skipped?: string
}

export interface Evaluation {
  graph: string
  split: Split
  seed: number
  users: number
  follows: number
  kept: number
  heldOut: number
  evaluatedUsers: number
  gds: string | null
  results: MethodResult[]
  /** What the ranker's own training chose and its held-out figures (when the ranker ran). */
  ranker?: Pick<TrainedModel, 'method' | 'evaluation' | 'heldOutBy' | 'trainUsers' | 'evalUsers' | 'trainRows'>
}

/** Whether any of the methods named (all when undefined) needs the database. */
export function needsDatabase (only: string[] | undefined): boolean {
  return methods().some(m => m.memory !== true && (only === undefined ? m.optIn !== true : only.includes(m.name)))
}

export interface EvaluateOptions {
  /** Absent when every chosen method runs in memory (needsDatabase). */
  db: Database | undefined
  graph: EvalGraph
  split: Split
  seed: number
  /** At most this many evaluated users (a seeded sample). */
  users: number
  /** Id prefix of the loaded users (tests share a database); '' on a dedicated instance. */
  prefix: string
  /** False when the caller has loaded this very split already (a dedicated instance reused). */
  load: boolean
  /** Only the methods of these names (all when absent). */
  only?: string[]
  methods?: Method[]
  log?: (line: string) => void
}

/** Runs the whole evaluation; see the module comment. */
export async function evaluate (o: EvaluateOptions): Promise<Evaluation> {
  const log = o.log ?? (() => {})
  const g = o.graph
  const s = splitFollows(g, o.split, o.seed)
  const heldCount = [...s.heldOut.values()].reduce((n, set) => n + set.size, 0)
  log(`${g.name}: ${g.users.length.toLocaleString('en')} users, ${g.follows.length.toLocaleString('en')} follows, ${g.blocks.length.toLocaleString('en')} blocks; ` +
    `kept ${s.train.length.toLocaleString('en')} follows, held out ${heldCount.toLocaleString('en')} of ${s.heldOut.size.toLocaleString('en')} users`)
  const chosen = (o.methods ?? methods()).filter(m => o.only === undefined ? m.optIn !== true : o.only.includes(m.name))
  // Without a method that reads the database (only the ranker's pipeline in memory), no database at all.
  const inMemory = chosen.every(m => m.memory === true)
  if (!inMemory && o.db === undefined) throw new Error(`these methods need the database: ${chosen.filter(m => m.memory !== true).map(m => m.name).join(', ')}`)
  const db = o.db as Database
  if (o.load && !inMemory) {
    log('loading the kept graph')
    await loadSplit(db, g, s, o.prefix, log)
  }
  const gds = inMemory ? null : await gdsVersion(db)
  const graphs = { directed: `suggestions-eval-${o.prefix}`, undirected: `suggestions-eval-undirected-${o.prefix}`, bipartite: `suggestions-eval-bipartite-${o.prefix}` }
  // The projections only when a chosen method walks them (they take minutes on a large graph).
  const project = gds !== null && chosen.some(m => m.gds)
  if (project) {
    for (const undirected of [false, true]) {
      const started = Date.now()
      const p = await projectFollows(db, undirected ? graphs.undirected : graphs.directed, { prefix: o.prefix, undirected })
      log(`GDS ${gds}: projected ${p.nodes.toLocaleString('en')} users, ${p.relationships.toLocaleString('en')} relationships${undirected ? ' (undirected)' : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    }
    const started = Date.now()
    const p = await projectFollowsBipartite(db, graphs.bipartite, o.prefix)
    log(`GDS: projected ${p.nodes.toLocaleString('en')} hubs and authorities, ${p.relationships.toLocaleString('en')} relationships in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  } else if (gds === null && !inMemory) {
    log('GDS absent: its methods are skipped')
  }

  const id = (i: number): string => `${o.prefix}${g.users[i]!}`
  const inDegree = new Int32Array(g.users.length)
  const following = new Map<number, Set<number>>()
  const sampled = sampleUsers(s.heldOut, o.users, o.seed)
  const wantedUsers = new Set(sampled)
  for (const e of s.train) {
    inDegree[e.to]!++
    if (wantedUsers.has(e.from)) {
      let set = following.get(e.from)
      if (set === undefined) following.set(e.from, set = new Set())
      set.add(e.to)
    }
  }
  const blockedWith = new Map<number, Set<number>>()
  for (const b of s.blocks) {
    for (const [u, v] of [[b.from, b.to], [b.to, b.from]] as const) {
      if (!wantedUsers.has(u)) continue
      let set = blockedWith.get(u)
      if (set === undefined) blockedWith.set(u, set = new Set())
      set.add(v)
    }
  }
  // The most-followed users of the kept graph, ties by id: the popularity method and everyone's fill.
  const popular = Array.from({ length: g.users.length }, (_, i) => i)
    .sort((a, b) => inDegree[b]! - inDegree[a]! || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0))
    .slice(0, 2000).map(id)

  let rankerState: RankerState | undefined
  const ranker = (): RankerState => {
    if (rankerState !== undefined) return rankerState
    // The graph the precompute reads from the loaded database: users in id order, the follows a block hides
    // left out (every user of a file is public), so that the served method is the one ranked here.
    const order = g.users.map((_, i) => i).sort((a, b) => id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0)
    const position = new Int32Array(g.users.length)
    order.forEach((u, p) => { position[u] = p })
    const ids = order.map(id)
    const hidden = new Set(s.blocks.flatMap(b => [`${b.from}>${b.to}`, `${b.to}>${b.from}`]))
    const edges = s.train.filter(e => !hidden.has(`${e.from}>${e.to}`)).map(e => ({ from: position[e.from]!, to: position[e.to]!, since: e.since }))
    const started = Date.now()
    const model = trainRanker(ids, edges, defaultTrainOptions, log)
    log(`ranker trained in ${((Date.now() - started) / 1000).toFixed(1)} s; it would serve ${model.method}`)
    const generator = new CandidateGenerator(buildFollowGraph(ids, edges), defaultTrainOptions.generator)
    return (rankerState = { model, generator, index: new Map(ids.map((x, i) => [x, i])), ids })
  }

  let precomputed: Promise<void> | undefined
  const precompute = async (): Promise<void> => {
    precomputed ??= (async () => {
      const started = Date.now()
      const r = await precomputeSuggestions(db)
      log(`precompute-suggestions: ${r.users} users, ${r.stored} stored in ${((Date.now() - started) / 1000).toFixed(1)} s; serves ${r.method} (held-out hit@20 ${r.heldOutHit20.toFixed(4)})`)
    })()
    await precomputed
  }

  /** One method over every sampled user: its quality and latency. */
  const score = async (m: Method): Promise<MethodResult> => {
    const perK: Record<number, Quality[]> = Object.fromEntries(ks.map(k => [k, []]))
    const latencies: number[] = []
    const started = Date.now()
    for (const [n, u] of [...sampled.slice(0, 3), ...sampled].entries()) {
      const warmUp = n < Math.min(3, sampled.length)
      const follows = following.get(u) ?? new Set<number>()
      const blocked = blockedWith.get(u) ?? new Set<number>()
      const excluded = new Set([id(u), ...[...follows].map(id), ...[...blocked].map(id)])
      const context: MethodContext = { db, graphs, facts: { edges: s.train.length, popular: popular.slice(0, 40) }, following: follows.size, blocked: blocked.size, ranker, precompute }
      const t0 = performance.now()
      const raw = await m.rank(id(u), context)
      const ms = performance.now() - t0
      if (warmUp) continue
      latencies.push(ms)
      const ranked: string[] = []
      const seen = new Set<string>()
      for (const c of [...raw, ...popular]) {
        if (ranked.length >= longest) break
        if (excluded.has(c) || seen.has(c)) continue
        seen.add(c)
        ranked.push(c)
      }
      const relevant = new Set([...s.heldOut.get(u)!].map(id))
      for (const k of ks) perK[k]!.push(rankingQuality(ranked, relevant, k))
    }
    const quality = Object.fromEntries(ks.map(k => [k, meanQuality(perK[k]!)]))
    log(`${m.name}: hit@20 ${quality[20]!.hit.toFixed(4)} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    return { method: m.name, quality, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) }
  }
  const results: MethodResult[] = []
  try {
    for (const m of chosen) {
      results.push(m.gds && gds === null ? { method: m.name, quality: {}, p50: NaN, p99: NaN, skipped: 'GDS absent' } : await score(m))
    }
  } finally {
    if (project) for (const graph of Object.values(graphs)) await dropProjection(db, graph)
  }
  return {
    graph: g.name,
    split: o.split,
    seed: o.seed,
    users: g.users.length,
    follows: g.follows.length,
    kept: s.train.length,
    heldOut: heldCount,
    evaluatedUsers: sampled.length,
    gds,
    results,
    ...(rankerState !== undefined && {
      ranker: (({ method, evaluation, heldOutBy, trainUsers, evalUsers, trainRows }) => ({ method, evaluation, heldOutBy, trainUsers, evalUsers, trainRows }))(rankerState.model)
    })
  }
}

const fmt = (n: number, d: number): string => Number.isNaN(n) ? '-' : n.toFixed(d)

/** The evaluation as a Markdown table, with each method's hit@20 relative to friends-of-friends. */
export function renderEvaluation (e: Evaluation): string {
  const split = e.split.kind === 'holdout' ? `holdout ${e.split.share} of each user's follows` : `time split: the first ${e.split.train} of follows by time kept`
  // The service's friends of friends, else its uncapped counterpart in memory.
  const base = (e.results.find(r => r.method === 'friends-of-friends') ?? e.results.find(r => r.method === 'generator:friends-of-friends'))?.quality[20]?.hit
  const lines = [
    `${e.graph}: ${e.users.toLocaleString('en')} users, ${e.follows.toLocaleString('en')} follows; ${split}, seed ${e.seed}; ` +
      `${e.kept.toLocaleString('en')} kept, ${e.heldOut.toLocaleString('en')} held out; ${e.evaluatedUsers.toLocaleString('en')} users evaluated; GDS ${e.gds ?? 'absent or not needed'}`,
    '',
    '| method | hit@10 | hit@20 | recall@10 | recall@20 | nDCG@10 | nDCG@20 | hit@20 vs friends-of-friends | p50 ms | p99 ms |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
  ]
  for (const r of e.results) {
    if (r.skipped !== undefined) {
      lines.push(`| ${r.method} | ${r.skipped} | | | | | | | | |`)
      continue
    }
    const q10 = r.quality[10]!
    const q20 = r.quality[20]!
    const rel = base === undefined || base === 0 ? '-' : `${q20.hit >= base ? '+' : ''}${fmt((q20.hit / base - 1) * 100, 1)}%`
    lines.push(`| ${r.method} | ${fmt(q10.hit, 4)} | ${fmt(q20.hit, 4)} | ${fmt(q10.recall, 4)} | ${fmt(q20.recall, 4)} | ${fmt(q10.ndcg, 4)} | ${fmt(q20.ndcg, 4)} | ${rel} | ${fmt(r.p50, 1)} | ${fmt(r.p99, 1)} |`)
  }
  if (e.ranker !== undefined) {
    const r = e.ranker
    lines.push('', `The ranker's own choice, on the kept graph (its newest follows held out by ${r.heldOutBy}; trained on ${r.trainUsers} users, ` +
      `${r.trainRows} candidates; scored on ${r.evalUsers} others): serves ${r.method}; hit@20 there: ` +
      r.evaluation.map(m => `${m.method} ${fmt(m.hit, 4)}`).join(', '))
  }
  return lines.join('\n')
}
