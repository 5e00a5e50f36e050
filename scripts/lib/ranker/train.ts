// The suggestion ranker: a logistic regression (ml-logistic-regression) over the candidates' features
// (candidates.ts), trained on the graph's own newest follows. Each user's newest follows are held out (by
// their times; a seeded random share when the graph has none); the candidates are generated on the rest; a
// sample of the users with a held-out follow is split in two: the model learns on the first part (2,000 users,
// at most half) which candidates were followed, and it and every single generator are scored (hit@20,
// recall@20, nDCG@20) on the other (up to 10,000 users), which it never saw. The model serves only if it beats
// the best single generator there; else that generator serves.
import LogisticRegression from 'ml-logistic-regression'
import { Matrix } from 'ml-matrix'
import { meanQuality, rankingQuality, type Quality } from '../eval/metrics.js'
import { prng, shuffled } from '../seed.js'
import { CandidateGenerator, featureIndex, featureNames, generators, topK, type Candidate, type GeneratorOptions, defaultGeneratorOptions } from './candidates.js'
import { buildFollowGraph, type FollowEdge } from './follow-graph.js'
import type { MethodScore, SuggestionMethod, SuggestionModel } from '../../../src/schemas/suggestion-model.js'

export const rankerName = 'ranker'
export type MethodName = SuggestionMethod
export type { MethodScore }
/** The model and what serves, as stored on the :SuggestionModel node (src/schemas/suggestion-model.ts). */
export type TrainedModel = SuggestionModel

export interface TrainOptions {
  /** Share of each user's follows held out (the newest). */
  share: number
  seed: number
  /** Users with a held-out follow sampled to train on, and (others) to evaluate on: the more evaluated, the
   * surer the choice between the model and the best generator where they are close. */
  trainUsers: number
  evalUsers: number
  /** Candidates not followed kept per training user (all followed ones are kept). */
  negatives: number
  generator: GeneratorOptions
}
export const defaultTrainOptions: TrainOptions = { share: 0.1, seed: 1, trainUsers: 2000, evalUsers: 10_000, negatives: 15, generator: defaultGeneratorOptions }

export interface HeldOut { kept: FollowEdge[], heldOut: Map<number, Set<number>>, by: 'time' | 'random' }

/**
 * Holds out round(share x follows) of each user's follows: the newest (ties by target) when the follows have
 * times, a seeded random share when they all carry the same one.
 */
export function holdOutNewest (edges: readonly FollowEdge[], share: number, seed: number): HeldOut {
  const by = edges.some(e => e.since !== edges[0]!.since) ? 'time' : 'random'
  const rand = prng(seed)
  const bySource = new Map<number, FollowEdge[]>()
  for (const e of edges) {
    let list = bySource.get(e.from)
    if (list === undefined) bySource.set(e.from, list = [])
    list.push(e)
  }
  const kept: FollowEdge[] = []
  const heldOut = new Map<number, Set<number>>()
  for (const [u, list] of [...bySource].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.since - b.since || a.to - b.to)
    if (by === 'random') shuffled(list, rand)
    const k = Math.round(share * list.length)
    kept.push(...list.slice(0, list.length - k))
    if (k > 0 && k < list.length) heldOut.set(u, new Set(list.slice(list.length - k).map(e => e.to)))
    else kept.push(...list.slice(list.length - k))
  }
  return { kept, heldOut, by }
}

/** A method's score of a candidate (higher is better). */
export function scorer (model: Pick<TrainedModel, 'weights' | 'bias' | 'means' | 'stds'>, method: MethodName): (c: Candidate) => number {
  if (method !== rankerName) {
    const i = featureIndex(generators[method])
    return c => c.features[i]!
  }
  const { weights, bias, means, stds } = model
  return c => {
    let z = bias
    for (let i = 0; i < weights.length; i++) z += weights[i]! * (c.features[i]! - means[i]!) / stds[i]!
    return 1 / (1 + Math.exp(-z))
  }
}

/** The `k` best candidates of `user` by `method`, with their scores, best first. */
export function rankFor (gen: CandidateGenerator, user: number, score: (c: Candidate) => number, k: number): Array<{ user: number, score: number }> {
  return topK(gen.of(user), score, k).map(c => ({ user: c.user, score: score(c) }))
}

function standardize (rows: Float64Array[]): { means: number[], stds: number[] } {
  const d = featureNames.length
  const means = Array.from({ length: d }, (_, i) => rows.reduce((s, r) => s + r[i]!, 0) / Math.max(1, rows.length))
  const stds = means.map((m, i) => Math.sqrt(rows.reduce((s, r) => s + (r[i]! - m) ** 2, 0) / Math.max(1, rows.length)) || 1)
  return { means, stds }
}

/** Fits the logistic regression (full-batch gradient descent, a bias column added). */
function fit (rows: Float64Array[], labels: number[]): Pick<TrainedModel, 'weights' | 'bias' | 'means' | 'stds'> {
  const { means, stds } = standardize(rows)
  const X = new Matrix(rows.map(r => [...Array.from(r, (v, i) => (v - means[i]!) / stds[i]!), 1]))
  const lr = new LogisticRegression({ numSteps: 300, learningRate: 4 / rows.length })
  lr.train(X, Matrix.columnVector(labels))
  // The first classifier separates class 0 from the rest: its score is the probability of a follow.
  const w = lr.classifiers[0]!.weights.to1DArray()
  return { weights: w.slice(0, -1), bias: w[w.length - 1]!, means, stds }
}

/** Mean hit, recall and nDCG at 20 of each method over `users`, against their held-out follows (one candidate pass per user). */
function qualityOf (gen: CandidateGenerator, users: readonly number[], heldOut: Map<number, Set<number>>, methods: Array<{ method: MethodName, score: (c: Candidate) => number }>): Quality[] {
  const perMethod: Quality[][] = methods.map(() => [])
  for (const u of users) {
    const candidates = gen.of(u)
    const relevant = new Set([...heldOut.get(u)!].map(String))
    methods.forEach((m, i) => { perMethod[i]!.push(rankingQuality(topK(candidates, m.score, 20).map(c => String(c.user)), relevant, 20)) })
  }
  return perMethod.map(meanQuality)
}

/** Trains the ranker on `edges` among `ids` and chooses what serves; see the module comment. */
export function trainRanker (ids: string[], edges: readonly FollowEdge[], o: TrainOptions = defaultTrainOptions, log: (line: string) => void = () => {}): TrainedModel {
  const split = holdOutNewest(edges, o.share, o.seed)
  const gen = new CandidateGenerator(buildFollowGraph(ids, split.kept), o.generator)
  // At most half of them to train on.
  const sample = shuffled([...split.heldOut.keys()].sort((a, b) => a - b), prng(o.seed + 1))
  const trainUsers = sample.slice(0, Math.min(o.trainUsers, Math.ceil(sample.length / 2)))
  const evalUsers = sample.slice(trainUsers.length, trainUsers.length + o.evalUsers)
  const rand = prng(o.seed + 2)
  const rows: Float64Array[] = []
  const labels: number[] = []
  for (const u of trainUsers) {
    const held = split.heldOut.get(u)!
    const negatives: Candidate[] = []
    for (const c of gen.of(u)) {
      if (held.has(c.user)) {
        rows.push(c.features)
        labels.push(1)
      } else {
        negatives.push(c)
      }
    }
    for (const c of shuffled(negatives, rand).slice(0, o.negatives)) {
      rows.push(c.features)
      labels.push(0)
    }
  }
  const positives = labels.reduce((s, l) => s + l, 0)
  const model = positives > 0 && positives < labels.length
    ? fit(rows, labels)
    : { weights: featureNames.map(() => 0), bias: 0, means: featureNames.map(() => 0), stds: featureNames.map(() => 1) }
  log(`ranker: ${trainUsers.length} users, ${rows.length} candidates (${positives} followed) to learn from; held out by ${split.by}`)
  const methods = ([...Object.keys(generators), rankerName] as MethodName[])
    .filter(method => method !== rankerName || positives > 0)
    .map(method => ({ method, score: scorer(model, method) }))
  const evaluation: MethodScore[] = qualityOf(gen, evalUsers, split.heldOut, methods).map((q, i) => ({ method: methods[i]!.method, ...q }))
  for (const e of evaluation) log(`  ${e.method}: hit@20 ${e.hit.toFixed(4)} on ${evalUsers.length} held-out users`)
  evaluation.sort((a, b) => b.hit - a.hit || (a.method === rankerName ? 1 : b.method === rankerName ? -1 : 0))
  const bestGenerator = evaluation.find(e => e.method !== rankerName)
  const ranker = evaluation.find(e => e.method === rankerName)
  const method = ranker !== undefined && (bestGenerator === undefined || ranker.hit > bestGenerator.hit) ? rankerName : bestGenerator?.method ?? 'random-walks'
  return {
    method,
    features: [...featureNames],
    ...model,
    evaluation,
    heldOutBy: split.by,
    heldOutShare: o.share,
    trainUsers: trainUsers.length,
    evalUsers: evalUsers.length,
    trainRows: rows.length,
    trainedAt: new Date().toISOString()
  }
}
