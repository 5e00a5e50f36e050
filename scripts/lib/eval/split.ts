// Held-out follows for the suggestion evaluation: either a seeded share of each user's follows (`holdout`), or
// every follow made after a point in time (`time`: the first `train` share of all follows by time are kept).
// The rest of the graph (follows kept, blocks made before the cut) is what the methods see.
import { prng, shuffled } from '../seed.js'
import { hasFollowTimes, type Edge, type EvalGraph } from './graph-source.js'

export type Split = { kind: 'holdout', share: number } | { kind: 'time', train: number }

export interface SplitGraph {
  train: Edge[]
  blocks: Edge[]
  /** Per user (index), the follows held out (target indexes); only users that kept at least one follow. */
  heldOut: Map<number, Set<number>>
  /** The time split's cut (epoch ms), when there is one. */
  cut?: number
}

/**
 * Splits the follows. holdout: each user's follows in a seeded order, the last round(share x degree) held
 * out (so users with fewer than 1 / (2 share) follows keep them all). time: follows sorted by (since, from,
 * to); those from the cut on are held out when both ends already had a follow before it (an account nobody
 * could have seen is no fair test). In both, a user is evaluated only if it kept a follow.
 */
export function splitFollows (g: EvalGraph, split: Split, seed: number): SplitGraph {
  const train: Edge[] = []
  const held: Edge[] = []
  let cut: number | undefined
  if (split.kind === 'holdout') {
    const rand = prng(seed)
    const bySource = new Map<number, Edge[]>()
    for (const e of g.follows) {
      let list = bySource.get(e.from)
      if (list === undefined) bySource.set(e.from, list = [])
      list.push(e)
    }
    for (const [, edges] of [...bySource].sort((a, b) => a[0] - b[0])) {
      edges.sort((a, b) => a.to - b.to)
      shuffled(edges, rand)
      const k = Math.round(split.share * edges.length)
      train.push(...edges.slice(0, edges.length - k))
      held.push(...edges.slice(edges.length - k))
    }
  } else {
    if (!hasFollowTimes(g)) throw new Error(`${g.name}: the follows have no times, so no time split: hold out a share (--holdout)`)
    const sorted = [...g.follows].sort((a, b) => a.since - b.since || a.from - b.from || a.to - b.to)
    const n = Math.floor(split.train * sorted.length)
    cut = sorted[n]?.since ?? Infinity
    const seen = new Uint8Array(g.users.length)
    for (const e of sorted) {
      if (e.since < cut) {
        train.push(e)
        seen[e.from] = 1
        seen[e.to] = 1
      }
    }
    for (const e of sorted) if (e.since >= cut && seen[e.from] === 1 && seen[e.to] === 1) held.push(e)
  }
  const kept = new Uint8Array(g.users.length)
  for (const e of train) kept[e.from] = 1
  const heldOut = new Map<number, Set<number>>()
  for (const e of held) {
    if (kept[e.from] !== 1) continue
    let set = heldOut.get(e.from)
    if (set === undefined) heldOut.set(e.from, set = new Set())
    set.add(e.to)
  }
  const blocks = cut === undefined ? g.blocks : g.blocks.filter(b => b.since < cut)
  return { train, blocks, heldOut, ...(cut !== undefined && { cut }) }
}

/** Up to `n` of the evaluated users, a seeded sample in a stable order. */
export function sampleUsers (heldOut: Map<number, Set<number>>, n: number, seed: number): number[] {
  const users = [...heldOut.keys()].sort((a, b) => a - b)
  return shuffled(users, prng(seed + 1)).slice(0, n)
}
