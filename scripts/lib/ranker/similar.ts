// Similar accounts for the precompute, computed in memory from the follows everyone may see (the graph that
// precompute-suggestions.ts reads): cypher/recommendations/similar-accounts.cypher with $reader '' (nobody in
// particular), without a statement per user. test/recommendations/similar-precompute.test.ts checks the two
// equal on random worlds. For a user u: its `maxFollowers` newest followers (by the follow's time, then the
// follower's id, both descending: the statement's index order; times to the millisecond, as writes store them),
// of each the `perFollower` accounts it followed most recently (the same order); the overlap seen, scaled to
// u's follower count and capped by the candidate's, estimates the followers they share: score = shared /
// (mine + theirs - shared), the Jaccard of the two follower sets, in 0..1. The counts are the public ones
// (the degree less the follows a block hides); a candidate that hides its network counts as many followers as
// it shares. The `n` best, ties by id.
import type { FollowGraph } from './follow-graph.js'

/** Each user's public counts the similar score divides by, by index. */
export interface PublicCounts {
  followers: Float64Array
  hideNetwork: Uint8Array
}

export interface SimilarCaps { maxFollowers: number, perFollower: number, n: number }

/** The `k` newest of the range [start, end) of an adjacency (`at`, times `since`), newest first, ties by index descending. */
function newest (at: Int32Array, since: Float64Array, start: number, end: number, k: number): Int32Array {
  const order = Array.from({ length: end - start }, (_, i) => start + i)
  order.sort((a, b) => since[b]! - since[a]! || at[b]! - at[a]!)
  return Int32Array.from(order.slice(0, k), i => at[i]!)
}

/** Similar accounts of one user at a time; scratch arrays reused across users (one instance per graph). */
export class SimilarAccounts {
  private readonly overlap: Int32Array
  private readonly touched: number[] = []
  /** Each follower's newest follows, computed once (a follower is sampled for many users). */
  private readonly newestFollows = new Map<number, Int32Array>()

  constructor (private readonly g: FollowGraph, private readonly counts: PublicCounts, private readonly caps: SimilarCaps) {
    this.overlap = new Int32Array(g.ids.length)
  }

  private follows (f: number): Int32Array {
    let list = this.newestFollows.get(f)
    if (list === undefined) {
      list = newest(this.g.out, this.g.outSince, this.g.outStart[f]!, this.g.outStart[f + 1]!, this.caps.perFollower)
      this.newestFollows.set(f, list)
    }
    return list
  }

  /** u's similar accounts (indexes) and their scores, best first; null when no follower of u follows anyone else. */
  of (u: number): { similar: number[], scores: number[] } | null {
    const { g, counts, overlap, touched } = this
    const followers = newest(g.in, g.inSince, g.inStart[u]!, g.inStart[u + 1]!, this.caps.maxFollowers)
    for (const f of followers) {
      for (const c of this.follows(f)) {
        if (c === u) continue
        if (overlap[c] === 0) touched.push(c)
        overlap[c]!++
      }
    }
    const sampled = followers.length
    const mine = counts.followers[u]!
    const scored = touched.map(c => {
      const estimated = overlap[c]! / sampled * mine
      overlap[c] = 0
      const theirs = counts.hideNetwork[c] === 1 ? estimated : counts.followers[c]!
      const shared = estimated > theirs ? theirs : estimated
      const denominator = mine + theirs - shared
      return { c, score: denominator > 0 ? shared / denominator : 0 }
    })
    touched.length = 0
    if (scored.length === 0) return null
    scored.sort((a, b) => b.score - a.score || a.c - b.c)
    const best = scored.slice(0, this.caps.n)
    return { similar: best.map(s => s.c), scores: best.map(s => s.score) }
  }
}
