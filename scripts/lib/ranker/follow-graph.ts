// The follow graph in memory for the suggestion ranker (scripts/lib/ranker/): users by index, each user's
// follows (out) and followers (in) as compressed adjacency arrays, and each follow's time.
export interface FollowEdge { from: number, to: number, since: number }

export interface FollowGraph {
  ids: string[]
  /** out[outStart[u]..outStart[u + 1]): whom u follows; outSince: when (epoch ms), same positions. */
  outStart: Int32Array
  out: Int32Array
  outSince: Float64Array
  /** in[inStart[u]..inStart[u + 1]): who follows u; inSince: when, same positions. */
  inStart: Int32Array
  in: Int32Array
  inSince: Float64Array
}

function adjacency (n: number, edges: readonly FollowEdge[], key: 'from' | 'to'): { start: Int32Array, at: Int32Array } {
  const start = new Int32Array(n + 1)
  for (const e of edges) start[e[key] + 1]!++
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!
  const fill = start.slice(0, n)
  const at = new Int32Array(edges.length)
  edges.forEach((e, i) => { at[fill[e[key]]!++] = i })
  return { start, at }
}

/**
 * Builds the graph of `ids` and `edges` (indexes into ids; repeats are the caller's to avoid). Each adjacency is
 * in index order whatever the order of `edges`, so that the same users in the same order and the same follows
 * give the same walks, the same samples and so the same model: the precompute (follows read from Neo4j) and
 * the evaluation (read from a file) rank alike.
 */
export function buildFollowGraph (ids: string[], unordered: readonly FollowEdge[]): FollowGraph {
  const edges = [...unordered].sort((a, b) => a.from - b.from || a.to - b.to)
  const n = ids.length
  const o = adjacency(n, edges, 'from')
  const i = adjacency(n, edges, 'to')
  return {
    ids,
    outStart: o.start,
    out: Int32Array.from(o.at, k => edges[k]!.to),
    outSince: Float64Array.from(o.at, k => edges[k]!.since),
    inStart: i.start,
    in: Int32Array.from(i.at, k => edges[k]!.from),
    inSince: Float64Array.from(i.at, k => edges[k]!.since)
  }
}

export const outDegree = (g: FollowGraph, u: number): number => g.outStart[u + 1]! - g.outStart[u]!
export const inDegree = (g: FollowGraph, u: number): number => g.inStart[u + 1]! - g.inStart[u]!

/** The users most followed, most first (ties by index): the popularity generator and every list's fill. */
export function mostFollowedUsers (g: FollowGraph, n: number): number[] {
  return Array.from({ length: g.ids.length }, (_, u) => u)
    .sort((a, b) => inDegree(g, b) - inDegree(g, a) || a - b)
    .slice(0, n)
}
