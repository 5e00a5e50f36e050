// The graphs the suggestion evaluation reads: the Bitcoin OTC trust network (SNAP's CSV: source, target,
// rating -10..10, unix time; a positive rating is a follow, a negative one a block), the synthetic graph of
// the seed generator (`synthetic:S|M|L`), or NDJSON in the import's or the export's shape.
import { createReadStream, readFileSync } from 'node:fs'
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

/** `synthetic:S|M|L`, a `.csv` (signed network) or an NDJSON file. */
export async function readGraphSource (source: string, seed: number): Promise<EvalGraph> {
  const synthetic = /^synthetic:(S|M|L)$/.exec(source)
  if (synthetic !== null) return syntheticGraph(synthetic[1] as Size, seed)
  if (source.endsWith('.csv')) return parseSignedCsv(readFileSync(source, 'utf8'), source)
  return await parseNdjson(source)
}
