// Ranking quality on held-out follows, as recommender papers report it (averaged over users):
// hit@k: 1 if any of the first k is held out; recall@k: the share of the user's held-out follows among the
// first k; nDCG@k: discounted gain (1 / log2(rank + 1) per hit) over the best possible for that user.
export interface Quality { hit: number, recall: number, ndcg: number }

export function rankingQuality (ranked: readonly string[], relevant: ReadonlySet<string>, k: number): Quality {
  if (relevant.size === 0) throw new Error('rankingQuality needs at least one relevant item')
  let hits = 0
  let dcg = 0
  const top = ranked.slice(0, k)
  top.forEach((id, i) => {
    if (relevant.has(id)) {
      hits++
      dcg += 1 / Math.log2(i + 2)
    }
  })
  let ideal = 0
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2)
  return { hit: hits > 0 ? 1 : 0, recall: hits / relevant.size, ndcg: dcg / ideal }
}

/** The mean of each measure over users. */
export function meanQuality (values: Quality[]): Quality {
  const n = values.length
  if (n === 0) return { hit: NaN, recall: NaN, ndcg: NaN }
  const sum = values.reduce((s, v) => ({ hit: s.hit + v.hit, recall: s.recall + v.recall, ndcg: s.ndcg + v.ndcg }), { hit: 0, recall: 0, ndcg: 0 })
  return { hit: sum.hit / n, recall: sum.recall / n, ndcg: sum.ndcg / n }
}

/** The p-quantile (0..1) of latencies, nearest rank. */
export function quantile (values: readonly number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!
}
