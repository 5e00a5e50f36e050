// The graphs the suggestion evaluation reads: the Bitcoin OTC trust network (SNAP's CSV: source, target,
// rating -10..10, unix time; a positive rating is a follow, a negative one a block), the synthetic graph of
// the seed generator (`synthetic:S|M|L`), a plain edge list (`from<TAB>to` per line, an optional third column
// the follow's unix time in seconds, `#` lines are comments: SNAP's format, e.g. the Epinions trust network), or
// NDJSON in the import's or the export's shape.
import { closeSync, createReadStream, openSync, readFileSync, readSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { sizes, type Size } from '../../../bench/dataset.js'
import { planGraph } from '../seed.js'

/** An edge between two users, by their index in `EvalGraph.users`; `since` in epoch ms. */
export interface Edge { from: number, to: number, since: number }

export interface EvalGraph {
  name: string
  /** User ids, as loaded (the evaluation may put a prefix before them). */
  users: string[]
  /** Epoch ms, per user. */
  createdAt: number[]
  follows: Edge[]
  blocks: Edge[]
}

class Builder {
  readonly users: string[] = []
  readonly createdAt: number[] = []
  readonly follows: Edge[] = []
  readonly blocks: Edge[] = []
  private readonly index = new Map<string, number>()
  private readonly pairs = new Set<string>()

  user (id: string, createdAt: number): number {
    let i = this.index.get(id)
    if (i === undefined) {
      i = this.users.length
      this.index.set(id, i)
      this.users.push(id)
      this.createdAt.push(createdAt)
    } else if (createdAt < this.createdAt[i]!) {
      this.createdAt[i] = createdAt
    }
    return i
  }

  /** Adds an edge once per (type, pair), and never both a follow and a block of the same pair. */
  edge (kind: 'follow' | 'block', from: string, to: string, since: number): void {
    if (from === to) return
    const a = this.user(from, since)
    const b = this.user(to, since)
    const key = `${a},${b}`
    if (this.pairs.has(key)) return
    this.pairs.add(key)
    ;(kind === 'follow' ? this.follows : this.blocks).push({ from: a, to: b, since })
  }

  build (name: string): EvalGraph {
    return { name, users: this.users, createdAt: this.createdAt, follows: this.follows, blocks: this.blocks }
  }
}

/** SNAP's signed-network CSV (`source,target,rating,time`); user n becomes `<prefix>n`. */
export function parseSignedCsv (text: string, name: string, prefix = 'otc'): EvalGraph {
  const b = new Builder()
  for (const line of text.split('\n')) {
    const [source, target, rating, time] = line.trim().split(',')
    if (source === undefined || target === undefined || rating === undefined || time === undefined) continue
    const r = Number(rating)
    const since = Math.round(Number(time) * 1000)
    if (!Number.isFinite(r) || r === 0 || !Number.isFinite(since)) continue
    b.edge(r > 0 ? 'follow' : 'block', `${prefix}${source}`, `${prefix}${target}`, since)
  }
  return b.build(name)
}

/**
 * A plain edge list: `from to` per line (tab or spaces), `from` follows `to`; an optional third column is the
 * follow's unix time in seconds (0 when absent: a graph without times, held out by a random share, not by
 * time); `#` lines and blank lines are skipped, so are self-loops and repeats. User n becomes `<prefix>n`.
 */
export function parseEdgeList (text: string, name: string, prefix = 'n'): EvalGraph {
  const b = new Builder()
  let line = 0
  for (const raw of text.split('\n')) {
    line++
    const s = raw.trim()
    if (s === '' || s.startsWith('#')) continue
    const [from, to, time] = s.split(/\s+/)
    const since = time === undefined ? 0 : Math.round(Number(time) * 1000)
    if (from === undefined || to === undefined || !Number.isFinite(since)) throw new Error(`${name}:${line}: expected "from<TAB>to" (and an optional unix time), got "${s.slice(0, 80)}"`)
    b.edge('follow', `${prefix}${from}`, `${prefix}${to}`, since)
  }
  return b.build(name)
}

/** Whether the follows carry times (a time split needs them): not all at one instant. */
export function hasFollowTimes (g: EvalGraph): boolean {
  return g.follows.some(e => e.since !== g.follows[0]!.since)
}

/** The seed generator's graph of a bench size (`u0`.. like the bench dataset), deterministic for `seed`. */
export function syntheticGraph (size: Size, seed: number): EvalGraph {
  const { users, follows } = sizes[size]
  const plan = planGraph({ users, follows, seed })
  const ids = Array.from({ length: plan.users }, (_, i) => `u${i}`)
  const g: EvalGraph = { name: `synthetic ${size} (seed ${seed})`, users: ids, createdAt: Array.from(plan.createdAt), follows: [], blocks: [] }
  for (const e of plan.edges()) {
    e.follows.forEach((t, k) => g.follows.push({ from: e.source, to: t, since: e.followSince[k]! }))
    e.blocks.forEach((t, k) => g.blocks.push({ from: e.source, to: t, since: e.blockSince[k]! }))
  }
  return g
}

interface NdjsonLine {
  user?: { id: string }
  follow?: { from: string, to: string, since?: string }
  block?: { from: string, to: string, since?: string }
  id?: string
  from?: string
  to?: string
  type?: string
  since?: string
  createdAt?: string
}

/** NDJSON: import lines (`{user}`, `{follow}`, `{block}`) or export rows (users; edges with `type`). */
export async function parseNdjson (file: string): Promise<EvalGraph> {
  const b = new Builder()
  const time = (s: string | undefined): number => s === undefined ? 0 : Date.parse(s)
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line.trim() === '') continue
    const o = JSON.parse(line) as NdjsonLine
    if (o.user !== undefined) b.user(o.user.id, Number.MAX_SAFE_INTEGER)
    else if (o.follow !== undefined) b.edge('follow', o.follow.from, o.follow.to, time(o.follow.since))
    else if (o.block !== undefined) b.edge('block', o.block.from, o.block.to, time(o.block.since))
    else if (o.type === 'FOLLOWS' && o.from !== undefined && o.to !== undefined) b.edge('follow', o.from, o.to, time(o.since))
    else if (o.type === 'BLOCKS' && o.from !== undefined && o.to !== undefined) b.edge('block', o.from, o.to, time(o.since))
    else if (o.id !== undefined && o.type === undefined) b.user(o.id, time(o.createdAt))
  }
  const g = b.build(file)
  g.createdAt.forEach((t, i) => { if (t === Number.MAX_SAFE_INTEGER) g.createdAt[i] = 0 })
  return g
}

/** The first line of a file that is neither blank nor a `#` comment (read from its first 64 KiB). */
function firstDataLine (file: string): string {
  const fd = openSync(file, 'r')
  try {
    const buf = Buffer.alloc(65_536)
    const n = readSync(fd, buf, 0, buf.length, 0)
    return buf.subarray(0, n).toString('utf8').split('\n').map(l => l.trim()).find(l => l !== '' && !l.startsWith('#')) ?? ''
  } finally {
    closeSync(fd)
  }
}

/** `synthetic:S|M|L`, a `.csv` (signed network), an NDJSON file (its first line an object) or an edge list. */
export async function readGraphSource (source: string, seed: number): Promise<EvalGraph> {
  const synthetic = /^synthetic:(S|M|L)$/.exec(source)
  if (synthetic !== null) return syntheticGraph(synthetic[1] as Size, seed)
  if (source.endsWith('.csv')) return parseSignedCsv(readFileSync(source, 'utf8'), source)
  if (firstDataLine(source).startsWith('{')) return await parseNdjson(source)
  return parseEdgeList(readFileSync(source, 'utf8'), source)
}
