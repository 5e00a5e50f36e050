// Who-to-follow candidates from several generators, each candidate with the features the ranker weighs
// (scripts/lib/ranker/train.ts). For a user u, over the follow graph in memory (follow-graph.ts):
// - friends of friends: how many of the accounts u follows follow c (the mutual count);
// - Adamic-Adar and resource allocation: each account m that u follows passes 1 / ln(1 + degree(m)), or
//   1 / degree(m), to every account it follows (hubs count less);
// - random walks: personalized PageRank from u estimated by short walks over the follows both ways (a
//   follower is as close as a followed account), each visit at step t weighing decay^t;
// - popularity: the most-followed accounts; and the accounts that follow u ("follows you").
// Candidates are every account any of them reaches, less u and what u follows. Features: each generator's
// score, follows-you, the candidate's followers and followings, u's followings, the mutual count's share of
// u's followings, and how recent the newest path's last follow is (days before the graph's newest follow).
import { prng } from '../seed.js'
import type { SuggestionMethod } from '../../../src/schemas/suggestion-model.js'
import { inDegree, mostFollowedUsers, outDegree, type FollowGraph } from './follow-graph.js'

export const featureNames = [
  'friendsOfFriends', 'adamicAdar', 'resourceAllocation', 'randomWalks', 'followsYou',
  'candidateFollowers', 'candidateFollowing', 'userFollowing', 'mutualShare', 'newestPathAgeDays', 'lastFollowedDays'
] as const
export type FeatureName = typeof featureNames[number]

/** The single generators, each a ranking by one feature (ties by followers, then index). */
export const generators = {
  'friends-of-friends': 'friendsOfFriends',
  'adamic-adar': 'adamicAdar',
  'resource-allocation': 'resourceAllocation',
  'random-walks': 'randomWalks',
  popularity: 'candidateFollowers'
} as const satisfies Record<Exclude<SuggestionMethod, 'ranker'>, FeatureName>
export type GeneratorName = keyof typeof generators

export interface Candidate { user: number, features: Float64Array }

export interface GeneratorOptions {
  /** Walks from each user, of `walkLength` steps, visits weighing decay^step. */
  walks: number
  walkLength: number
  decay: number
  /** The most-followed accounts every user gets as candidates. */
  popular: number
  seed: number
}
export const defaultGeneratorOptions: GeneratorOptions = { walks: 100, walkLength: 3, decay: 0.85, popular: 40, seed: 1 }

const column = Object.fromEntries(featureNames.map((f, i) => [f, i])) as Record<FeatureName, number>
export const featureIndex = (f: FeatureName): number => column[f]

/** Candidates of one user at a time; scratch arrays reused across users (one instance per graph). */
export class CandidateGenerator {
  readonly popular: number[]
  private readonly fof: Float64Array
  private readonly aa: Float64Array
  private readonly ra: Float64Array
  private readonly walk: Float64Array
  private readonly newest: Float64Array
  private readonly follower: Int32Array
  private readonly followed: Int32Array
  private readonly touched: number[] = []
  private readonly seen: Int32Array
  private readonly lastFollow: number
  /** Each user's newest incoming follow (epoch ms; -Infinity: none). */
  private readonly lastFollowed: Float64Array

  constructor (private readonly g: FollowGraph, private readonly o: GeneratorOptions = defaultGeneratorOptions) {
    const n = g.ids.length
    this.fof = new Float64Array(n)
    this.aa = new Float64Array(n)
    this.ra = new Float64Array(n)
    this.walk = new Float64Array(n)
    this.newest = new Float64Array(n).fill(-Infinity)
    this.follower = new Int32Array(n).fill(-1)
    this.followed = new Int32Array(n).fill(-1)
    this.seen = new Int32Array(n).fill(-1)
    this.popular = mostFollowedUsers(g, o.popular)
    this.lastFollow = g.outSince.reduce((m, s) => Math.max(m, s), 0)
    this.lastFollowed = new Float64Array(n).fill(-Infinity)
    for (let k = 0; k < g.out.length; k++) this.lastFollowed[g.out[k]!] = Math.max(this.lastFollowed[g.out[k]!]!, g.outSince[k]!)
  }

  private touch (u: number, c: number): void {
    if (this.seen[c] === u) return
    this.seen[c] = u
    this.touched.push(c)
  }

  /** log(1 + days) from `at` to the graph's newest follow (10 years for never). */
  private ageDays (at: number): number {
    return Math.log1p(at === -Infinity ? 3650 : Math.max(0, this.lastFollow - at) / 86_400_000)
  }

  /** u's candidates with their features, in no particular order. */
  of (u: number): Candidate[] {
    const { g, fof, aa, ra, walk, newest } = this
    for (let k = g.outStart[u]!; k < g.outStart[u + 1]!; k++) this.followed[g.out[k]!] = u
    for (let k = g.inStart[u]!; k < g.inStart[u + 1]!; k++) {
      this.follower[g.in[k]!] = u
      this.touch(u, g.in[k]!)
    }
    for (let k = g.outStart[u]!; k < g.outStart[u + 1]!; k++) {
      const m = g.out[k]!
      const degree = outDegree(g, m) + inDegree(g, m)
      const aaShare = 1 / Math.log(1 + degree)
      for (let j = g.outStart[m]!; j < g.outStart[m + 1]!; j++) {
        const c = g.out[j]!
        this.touch(u, c)
        fof[c]! += 1
        aa[c]! += aaShare
        ra[c]! += 1 / degree
        if (g.outSince[j]! > newest[c]!) newest[c] = g.outSince[j]!
      }
    }
    // Seeded per user: a user's walks, and so its candidates, do not depend on who was ranked before it.
    const rand = prng(this.o.seed * 1_000_003 + u)
    for (let w = 0; w < this.o.walks; w++) {
      let at = u
      for (let step = 1; step <= this.o.walkLength; step++) {
        const out = outDegree(g, at)
        const d = out + inDegree(g, at)
        if (d === 0) break
        const r = Math.floor(rand() * d)
        at = r < out ? g.out[g.outStart[at]! + r]! : g.in[g.inStart[at]! + r - out]!
        this.touch(u, at)
        walk[at]! += this.o.decay ** step
      }
    }
    for (const p of this.popular) this.touch(u, p)

    const following = outDegree(g, u)
    const result: Candidate[] = []
    for (const c of this.touched) {
      if (c !== u && this.followed[c] !== u) {
        const f = new Float64Array(featureNames.length)
        f[column.friendsOfFriends] = fof[c]!
        f[column.adamicAdar] = aa[c]!
        f[column.resourceAllocation] = ra[c]!
        f[column.randomWalks] = walk[c]! / this.o.walks
        f[column.followsYou] = this.follower[c] === u ? 1 : 0
        f[column.candidateFollowers] = Math.log1p(inDegree(g, c))
        f[column.candidateFollowing] = Math.log1p(outDegree(g, c))
        f[column.userFollowing] = Math.log1p(following)
        f[column.mutualShare] = following === 0 ? 0 : fof[c]! / following
        f[column.newestPathAgeDays] = this.ageDays(newest[c]!)
        f[column.lastFollowedDays] = this.ageDays(this.lastFollowed[c]!)
        result.push({ user: c, features: f })
      }
      fof[c] = 0
      aa[c] = 0
      ra[c] = 0
      walk[c] = 0
      newest[c] = -Infinity
      this.seen[c] = -1
    }
    this.touched.length = 0
    return result
  }
}

/** The `k` best by `score` (higher first; ties by followers, then index), without sorting them all. */
export function topK (candidates: readonly Candidate[], score: (c: Candidate) => number, k: number): Candidate[] {
  const followers = column.candidateFollowers
  const better = (a: { c: Candidate, s: number }, b: { c: Candidate, s: number }): boolean =>
    a.s > b.s || (a.s === b.s && (a.c.features[followers]! > b.c.features[followers]! || (a.c.features[followers] === b.c.features[followers] && a.c.user < b.c.user)))
  const best: Array<{ c: Candidate, s: number }> = []
  for (const c of candidates) {
    const x = { c, s: score(c) }
    if (best.length === k && !better(x, best[k - 1]!)) continue
    if (best.length < k) best.push(x)
    else best[k - 1] = x
    for (let i = best.length - 1; i > 0 && better(best[i]!, best[i - 1]!); i--) [best[i], best[i - 1]] = [best[i - 1]!, best[i]!]
  }
  return best.map(b => b.c)
}
