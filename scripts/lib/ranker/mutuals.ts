// Why a candidate is suggested, for the precompute: of a user's sampled followings (newest first:
// cypher/recommendations/sampled-followings.cypher), those that follow the candidate by a follow everyone may
// see (the graph in memory holds only those). Their number is the candidate's mutualCount; the first three are
// named as via. One pass over the followings' follows, not a test per candidate and following.
import type { FollowGraph } from './follow-graph.js'

export class Mutuals {
  /** Candidate index -> its position in the current call's candidates (-1: not a candidate). */
  private readonly slot: Int32Array

  constructor (private readonly g: FollowGraph) {
    this.slot = new Int32Array(g.ids.length).fill(-1)
  }

  /** Per candidate, the followings (indexes) that follow it, in the followings' order. */
  of (followings: readonly number[], candidates: readonly number[]): number[][] {
    const { g, slot } = this
    const result = candidates.map((c, i) => { slot[c] = i; return [] as number[] })
    for (const m of followings) {
      for (let k = g.outStart[m]!; k < g.outStart[m + 1]!; k++) {
        const i = slot[g.out[k]!]!
        if (i >= 0) result[i]!.push(m)
      }
    }
    for (const c of candidates) slot[c] = -1
    return result
  }
}
