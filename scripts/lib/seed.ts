// The deterministic synthetic graph behind `follow-graph seed` and the benchmarks: a power-law follow graph
// with celebrity accounts and a few percent blocks, the same for a given seed whatever the id prefix, bulk
// loaded with UNWIND batches (CREATE: every user and every pair is new).
//
// Shape, for N users and F follows:
// - users `${prefix}0` .. `${prefix}${N-1}`; the first `celebrities` of them are celebrities, followed by
//   exactly 50% .. 10% of all users (shares evenly spaced, the first the largest);
// - every other follow goes from a source whose out-degree follows a Zipf-Mandelbrot law (weight 1/(rank+50)
//   over a shuffled order) to, partly, its neighbours on a shuffled ring (so mutual follows, i.e. friends,
//   exist) and otherwise to a target drawn from a second Zipf-Mandelbrot law (popularity): a heavy tail of
//   in-degrees without another account near the celebrities' size;
// - round(blockRate * F) BLOCKS edges: a tenth by the celebrities (half of them on their own followers, whose
//   FOLLOWS edge then stays but is hidden), the rest by random users, mostly on popular accounts. A user never
//   both FOLLOWS and BLOCKS the same user.
// Each (from, to) pair is made once per type (the targets of one source are a set), so the load never hits
// the pair-uniqueness constraints. Seeding writes no change-feed entries: it is a bulk load, not a change.
import type { Database } from '../../src/database.js'
import { writeQuery } from '../../src/queries/cypher.js'
import { applySchema } from '../../src/queries/schema.js'
import { fillHiddenCounters } from '../../src/queries/users.js'

export interface SeedOptions {
  users: number
  follows: number
  /** PRNG seed (default 1): the same seed gives the same graph. */
  seed?: number
  /** Id prefix (default 'u'); usernames are the id with '-' as '_'. */
  prefix?: string
  /** Celebrity accounts (default 5, at most a tenth of the users, at least 1). */
  celebrities?: number
  /** BLOCKS edges as a fraction of the follows (default 0.02). */
  blockRate?: number
}

export interface SeedStats {
  seed: number
  prefix: string
  users: number
  follows: number
  blocks: number
  /** Celebrity ids, largest first, with their FOLLOWS in-degree (hidden edges included). */
  celebrities: Array<{ id: string, followers: number }>
  /** Handy accounts for benchmarks: none of them blocks or is blocked by anyone. */
  samples: {
    /** A user with exactly 10 followers (null if none). */
    tenFollowers: string | null
    /** The user whose following count is closest to 1,000. */
    thousandFollowing: string
  }
  maxNonCelebrityFollowers: number
  elapsedMs: number
}

export type Progress = (done: number, total: number) => void

/** mulberry32: a small, fast 32-bit PRNG; uniform in [0, 1). */
export function prng (seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const MANDELBROT_OFFSET = 50
/** Share of a user's own follows that go to ring neighbours (mutual follows), and the cap per side. */
const RING_SHARE = 0.3
const RING_MAX_PER_SIDE = 25
/** Fixed time base so the graph does not depend on when it is generated. */
const BASE_MS = Date.UTC(2026, 0, 1)
const USER_SPAN_MS = 3 * 365 * 86_400_000

const USERS_PER_BATCH = 20_000
const EDGES_PER_BATCH = 10_000
const IN_FLIGHT = 2

/** Fisher-Yates in place, driven by `rand`. */
export function shuffled<A extends { length: number, [i: number]: unknown }> (values: A, rand: () => number): A {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    const v = values[i]
    values[i] = values[j]
    values[j] = v
  }
  return values
}

const range = (from: number, to: number): Int32Array => Int32Array.from({ length: to - from }, (_, i) => from + i)

/** Cumulative weights 1/(rank + offset), for drawing a rank by binary search. */
function mandelbrotCdf (n: number): Float64Array {
  const cdf = new Float64Array(n)
  let sum = 0
  for (let r = 0; r < n; r++) {
    sum += 1 / (r + MANDELBROT_OFFSET)
    cdf[r] = sum
  }
  return cdf
}

function drawRank (cdf: Float64Array, rand: () => number): number {
  const x = rand() * cdf[cdf.length - 1]!
  let lo = 0
  let hi = cdf.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (cdf[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** One source's new edges (user indexes, epoch milliseconds). */
export interface SourceEdges {
  source: number
  follows: number[]
  followSince: number[]
  blocks: number[]
  blockSince: number[]
}

export interface GraphPlan {
  users: number
  celebrities: number
  createdAt: Float64Array
  /** The edges, source by source (index order); a fresh generator replays the same edges. */
  edges: () => Generator<SourceEdges>
  followsTotal: number
  blocksTotal: number
}

function resolved (opts: SeedOptions): Required<SeedOptions> {
  const users = Math.floor(opts.users)
  const follows = Math.floor(opts.follows)
  if (!(users >= 2)) throw new Error('seed: users must be at least 2')
  if (!(follows >= 0)) throw new Error('seed: follows must be >= 0')
  const celebrities = Math.floor(opts.celebrities ?? Math.min(5, Math.max(1, Math.floor(users / 10))))
  if (!(celebrities >= 1 && celebrities <= Math.max(1, Math.floor(users / 10)))) {
    throw new Error('seed: celebrities must be between 1 and a tenth of the users')
  }
  const blockRate = opts.blockRate ?? 0.02
  if (!(blockRate >= 0 && blockRate <= 0.2)) throw new Error('seed: blockRate must be between 0 and 0.2')
  const prefix = opts.prefix ?? 'u'
  if (!/^[A-Za-z0-9_-]*$/.test(prefix)) throw new Error('seed: prefix may only hold [A-Za-z0-9_-]')
  if (`${prefix}${users - 1}`.length > 24) throw new Error('seed: prefix too long for 24-character usernames')
  return { users, follows, seed: opts.seed ?? 1, prefix, celebrities, blockRate }
}

/** The graph as user indexes, without touching a database (deterministic for opts.seed). */
export function planGraph (options: SeedOptions): GraphPlan {
  const { users: n, follows, seed, celebrities: c, blockRate } = resolved(options)
  const rand = prng(seed)
  const createdAt = Float64Array.from({ length: n }, () => BASE_MS - Math.floor(rand() * USER_SPAN_MS))

  // Celebrity k is followed by exactly round(share_k * (n - 1)) users, chosen at random.
  const celebFollowers: Uint8Array[] = []
  let celebEdges = 0
  for (let k = 0; k < c; k++) {
    const share = c === 1 ? 0.5 : 0.5 - 0.4 * k / (c - 1)
    const m = Math.round(share * (n - 1))
    const others = shuffled(Int32Array.from({ length: n - 1 }, (_, i) => (i < k ? i : i + 1)), rand)
    const marks = new Uint8Array(n)
    for (let i = 0; i < m; i++) marks[others[i]!] = 1
    celebFollowers.push(marks)
    celebEdges += m
  }
  const rest = follows - celebEdges
  if (rest < 0) throw new Error(`seed: ${follows} follows is fewer than the celebrities alone need (${celebEdges})`)

  // Out-degrees (follows to non-celebrities) by a Zipf-Mandelbrot law over a shuffled order, summing to `rest`.
  const nonCeleb = n - c
  const cap = (i: number): number => nonCeleb - (i >= c ? 1 : 0)
  let capacity = 0
  for (let i = 0; i < n; i++) capacity += cap(i)
  if (rest > capacity) throw new Error(`seed: ${follows} follows do not fit among ${n} users`)
  const activity = shuffled(range(0, n), rand)
  const weightSum = mandelbrotCdf(n)[n - 1]!
  const degree = new Int32Array(n)
  let assigned = 0
  for (let r = 0; r < n; r++) {
    const i = activity[r]!
    degree[i] = Math.min(cap(i), Math.floor(rest / (r + MANDELBROT_OFFSET) / weightSum))
    assigned += degree[i]!
  }
  while (assigned < rest) {
    const i = Math.floor(rand() * n)
    if (degree[i]! < cap(i)) { degree[i]!++; assigned++ }
  }

  // Blocks per source: a tenth shared by the celebrities, the rest on random sources.
  const blocksTotal = Math.round(blockRate * follows)
  const blockCount = new Int32Array(n)
  const byCelebs = Math.round(blocksTotal / 10)
  for (let b = 0; b < blocksTotal; b++) blockCount[b < byCelebs ? b % c : Math.floor(rand() * n)]!++

  const popularity = shuffled(range(c, n), rand)
  const popularityCdf = mandelbrotCdf(nonCeleb)
  const ring = shuffled(range(c, n), rand)
  const ringPos = new Int32Array(n).fill(-1)
  ring.forEach((u, p) => { ringPos[u] = p })
  const edgeSeed = Math.floor(rand() * 2 ** 32)

  function * edges (): Generator<SourceEdges> {
    const r = prng(edgeSeed)
    const sinceFor = (a: number, b: number): number => {
      const start = Math.max(createdAt[a]!, createdAt[b]!)
      return start + Math.floor(r() * (BASE_MS - start))
    }
    for (let i = 0; i < n; i++) {
      const targets = new Set<number>()
      for (let k = 0; k < c; k++) if (celebFollowers[k]![i] === 1) targets.add(k)
      const want = targets.size + degree[i]!
      if (i >= c) {
        const side = Math.min(RING_MAX_PER_SIDE, Math.floor(RING_SHARE * degree[i]! / 2))
        const p = ringPos[i]!
        for (let j = 1; j <= side && targets.size < want; j++) {
          for (const q of [p + j, p - j]) {
            const t = ring[((q % nonCeleb) + nonCeleb) % nonCeleb]!
            if (t !== i && targets.size < want) targets.add(t)
          }
        }
      }
      for (let tries = 0; targets.size < want && tries < 20 * want + 100; tries++) {
        const t = popularity[drawRank(popularityCdf, r)]!
        if (t !== i) targets.add(t)
      }
      // Rare (tiny graphs, huge out-degrees): fill from a random starting point.
      for (let t = c + Math.floor(r() * nonCeleb), left = nonCeleb; targets.size < want && left > 0; left--, t = t + 1 < n ? t + 1 : c) {
        if (t !== i) targets.add(t)
      }
      const follows = [...targets]
      const blocked = new Set<number>()
      for (let b = 0; b < blockCount[i]!; b++) {
        for (let tries = 0; tries < 50; tries++) {
          const x = r()
          let t: number
          if (i < c && x < 0.5) {
            // A celebrity blocks one of its own followers (that FOLLOWS edge is kept, hidden).
            t = Math.floor(r() * n)
            if (celebFollowers[i]![t] !== 1) continue
          } else if (i >= c && x < 0.05) {
            t = Math.floor(r() * c)
          } else if (x < 0.6) {
            t = popularity[drawRank(popularityCdf, r)]!
          } else {
            t = Math.floor(r() * n)
          }
          if (t === i || targets.has(t) || blocked.has(t)) continue
          blocked.add(t)
          break
        }
      }
      const blocks = [...blocked]
      yield {
        source: i,
        follows,
        followSince: follows.map(t => sinceFor(i, t)),
        blocks,
        blockSince: blocks.map(t => sinceFor(i, t))
      }
    }
  }

  return { users: n, celebrities: c, createdAt, edges, followsTotal: follows, blocksTotal }
}

const createUsers = writeQuery('seed/create-users')
const createFollows = writeQuery('seed/create-follows')
const createBlocks = writeQuery('seed/create-blocks')

interface EdgeRow { from: string, to: string[], since: number[] }

/** Generates the graph of `opts` and loads it into `db` (which must not hold these ids yet). */
export async function seedGraph (db: Database, opts: SeedOptions, onProgress?: Progress): Promise<SeedStats> {
  const started = Date.now()
  const o = resolved(opts)
  const plan = planGraph(o)
  const id = (i: number): string => `${o.prefix}${i}`
  const username = (i: number): string => id(i).replace(/-/g, '_')

  await applySchema(db)

  let done = 0
  const total = o.users + plan.followsTotal + plan.blocksTotal
  const inFlight = new Set<Promise<void>>()
  let failure: unknown
  // Keeps up to IN_FLIGHT batches in transactions while the next one is generated.
  const submit = async (work: () => Promise<void>, size: number): Promise<void> => {
    while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight)
    if (failure !== undefined) throw failure
    const p: Promise<void> = work()
      .then(() => { done += size; onProgress?.(done, total) })
      .catch((err: unknown) => { failure ??= err })
      .finally(() => { inFlight.delete(p) })
    inFlight.add(p)
  }
  const drain = async (): Promise<void> => {
    await Promise.all(inFlight)
    if (failure !== undefined) throw failure
  }

  for (let from = 0; from < o.users; from += USERS_PER_BATCH) {
    const rows: Array<{ id: string, username: string, name: string, createdAt: number }> = []
    for (let i = from; i < Math.min(o.users, from + USERS_PER_BATCH); i++) {
      rows.push({ id: id(i), username: username(i), name: `User ${i}`, createdAt: plan.createdAt[i]! })
    }
    await submit(async () => { await db.transaction('WRITE', async tx => { await tx.run(createUsers, { rows }) }) }, rows.length)
  }
  await drain()

  const seen = new SeenEdges(o.users)
  // One pending batch per edge type, sent when it holds EDGES_PER_BATCH edges.
  const batcher = (query: typeof createFollows) => {
    let rows: EdgeRow[] = []
    let size = 0
    let loaded = 0
    const flush = async (): Promise<void> => {
      const batch = rows
      const n = size
      rows = []
      size = 0
      loaded += n
      await submit(async () => { await db.transaction('WRITE', async tx => { await tx.run(query, { rows: batch }) }) }, n)
    }
    return {
      add: async (row: EdgeRow): Promise<void> => {
        rows.push(row)
        size += row.to.length
        if (size >= EDGES_PER_BATCH) await flush()
      },
      end: async (): Promise<number> => {
        if (size > 0) await flush()
        return loaded
      }
    }
  }
  const follows = batcher(createFollows)
  const blocks = batcher(createBlocks)
  for (const e of plan.edges()) {
    seen.add(e)
    if (e.follows.length > 0) await follows.add({ from: id(e.source), to: e.follows.map(id), since: e.followSince })
    if (e.blocks.length > 0) await blocks.add({ from: id(e.source), to: e.blocks.map(id), since: e.blockSince })
  }
  const followsLoaded = await follows.end()
  const blocksLoaded = await blocks.end()
  await drain()
  // Users are created with zero hidden-edge counters; those in a block relation get theirs from their edges.
  const touched = seen.inBlockRelation().map(id)
  for (let i = 0; i < touched.length; i += USERS_PER_BATCH) await fillHiddenCounters(db, touched.slice(i, i + USERS_PER_BATCH))
  return seen.stats(o, followsLoaded, blocksLoaded, Date.now() - started)
}

/** What the stats need of the edges as they stream by: degrees and who stands in a block relation. */
class SeenEdges {
  private readonly inDegree: Int32Array
  private readonly outDegree: Int32Array
  private readonly blockTouched: Uint8Array

  constructor (private readonly users: number) {
    this.inDegree = new Int32Array(users)
    this.outDegree = new Int32Array(users)
    this.blockTouched = new Uint8Array(users)
  }

  add (e: SourceEdges): void {
    this.outDegree[e.source] = e.follows.length
    for (const t of e.follows) this.inDegree[t]!++
    if (e.blocks.length > 0) {
      this.blockTouched[e.source] = 1
      for (const t of e.blocks) this.blockTouched[t] = 1
    }
  }

  /** Indexes of the users in a block relation. */
  inBlockRelation (): number[] {
    const touched: number[] = []
    for (let i = 0; i < this.users; i++) if (this.blockTouched[i] === 1) touched.push(i)
    return touched
  }

  stats (o: Required<SeedOptions>, follows: number, blocks: number, elapsedMs: number): SeedStats {
    const id = (i: number): string => `${o.prefix}${i}`
    let tenFollowers: string | null = null
    let thousandFollowing = o.celebrities
    let maxNonCelebrityFollowers = 0
    for (let i = o.celebrities; i < o.users; i++) {
      maxNonCelebrityFollowers = Math.max(maxNonCelebrityFollowers, this.inDegree[i]!)
      if (this.blockTouched[i] === 1) continue
      if (tenFollowers === null && this.inDegree[i] === 10) tenFollowers = id(i)
      if (Math.abs(this.outDegree[i]! - 1000) < Math.abs(this.outDegree[thousandFollowing]! - 1000)) thousandFollowing = i
    }
    return {
      seed: o.seed,
      prefix: o.prefix,
      users: o.users,
      follows,
      blocks,
      celebrities: Array.from({ length: o.celebrities }, (_, k) => ({ id: id(k), followers: this.inDegree[k]! })),
      samples: { tenFollowers, thousandFollowing: id(thousandFollowing) },
      maxNonCelebrityFollowers,
      elapsedMs
    }
  }
}

/** About this many characters of NDJSON per chunk. */
const NDJSON_CHUNK = 1 << 20

/**
 * The same graph as the export's NDJSON, the bulk load's input (scripts/lib/bulk-load/): the users in index
 * order (as seedGraph creates them), then each source's FOLLOWS and BLOCKS rows, so each type's edges come
 * grouped by source. Produced as it is consumed, in chunks of whole lines; `stats()` answers once every chunk
 * has been read.
 */
export function seedNdjson (options: SeedOptions): { chunks: AsyncGenerator<string>, lines: number, stats: () => SeedStats } {
  const started = Date.now()
  const o = resolved(options)
  const plan = planGraph(o)
  const id = (i: number): string => `${o.prefix}${i}`
  const iso = (ms: number): string => new Date(ms).toISOString()
  const seen = new SeenEdges(o.users)
  let follows = 0
  let blocks = 0
  let result: SeedStats | undefined
  async function * chunks (): AsyncGenerator<string> {
    let text = ''
    for (let i = 0; i < o.users; i++) {
      text += JSON.stringify({ id: id(i), username: id(i).replace(/-/g, '_'), name: `User ${i}`, private: false, hideNetwork: false, discoverable: true, createdAt: iso(plan.createdAt[i]!) }) + '\n'
      if (text.length >= NDJSON_CHUNK) { yield text; text = '' }
    }
    for (const e of plan.edges()) {
      seen.add(e)
      const from = id(e.source)
      e.follows.forEach((t, k) => { text += `{"from":"${from}","to":"${id(t)}","type":"FOLLOWS","since":"${iso(e.followSince[k]!)}"}\n` })
      e.blocks.forEach((t, k) => { text += `{"from":"${from}","to":"${id(t)}","type":"BLOCKS","since":"${iso(e.blockSince[k]!)}"}\n` })
      follows += e.follows.length
      blocks += e.blocks.length
      if (text.length >= NDJSON_CHUNK) { yield text; text = '' }
    }
    if (text !== '') yield text
    result = seen.stats(o, follows, blocks, Date.now() - started)
  }
  return {
    chunks: chunks(),
    lines: o.users + plan.followsTotal + plan.blocksTotal,
    stats: () => {
      if (result === undefined) throw new Error('seedNdjson: stats() before every chunk was read')
      return result
    }
  }
}
