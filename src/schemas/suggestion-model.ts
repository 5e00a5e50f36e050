// The model behind GET /v1/users/{id}/suggestions, as the precompute trained and chose it (a :SuggestionModel
// node; GET /v1/ops/suggestions shows it).
import { Type, type Static } from 'typebox'

export const SuggestionMethod = Type.Union([
  Type.Literal('friends-of-friends'), Type.Literal('adamic-adar'), Type.Literal('resource-allocation'),
  Type.Literal('random-walks'), Type.Literal('popularity'), Type.Literal('ranker')
], { description: 'A single candidate generator ranking by its own score, or the ranker (logistic regression over every generator\'s features)' })
export type SuggestionMethod = Static<typeof SuggestionMethod>

export const MethodScore = Type.Object({
  method: SuggestionMethod,
  hit: Type.Number({ description: 'hit@20: share of the held-out users with a held-out follow among their first 20' }),
  recall: Type.Number({ description: 'recall@20: share of a user\'s held-out follows among its first 20, averaged' }),
  ndcg: Type.Number({ description: 'nDCG@20, averaged' })
})
export type MethodScore = Static<typeof MethodScore>

export const SuggestionModel = Type.Object({
  method: SuggestionMethod,
  features: Type.Array(Type.String(), { description: 'The ranker\'s features, in the order of weights, means and stds' }),
  weights: Type.Array(Type.Number()),
  bias: Type.Number(),
  means: Type.Array(Type.Number()),
  stds: Type.Array(Type.Number()),
  evaluation: Type.Array(MethodScore, { description: 'Every method on the held-out users the ranker did not learn from, best first' }),
  heldOutBy: Type.Union([Type.Literal('time'), Type.Literal('random')], { description: 'Each user\'s newest follows held out, or a seeded random share when the follows have no times' }),
  heldOutShare: Type.Number(),
  trainUsers: Type.Integer(),
  evalUsers: Type.Integer(),
  trainRows: Type.Integer({ description: 'Candidates the ranker learnt from (every followed one, a sample of the others)' }),
  trainedAt: Type.String({ format: 'date-time' })
})
export type SuggestionModel = Static<typeof SuggestionModel>

export const SuggestionModelAnswer = Type.Object({
  model: Type.Union([SuggestionModel, Type.Null()], { description: 'null until `follow-graph precompute-suggestions` has run' })
})
