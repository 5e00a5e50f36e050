// What serves the suggestions: the model the precompute trained and chose (the :SuggestionModel node), for
// operators (graph:admin); /metrics carries the served method and its held-out hit@20.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { rules } from '../../access-policy.js'
import { suggestionModel } from '../../queries/recommendations.js'
import { errors } from '../../schemas/common.js'
import { SuggestionModelAnswer, type SuggestionModel } from '../../schemas/suggestion-model.js'

/** /metrics reads the stored model at most this often (ms). */
const metricsTtlMs = 30_000

const opsSuggestions: FastifyPluginAsyncTypebox = async app => {
  let cached: { at: number, model: Promise<SuggestionModel | null> } | undefined
  app.graphMetrics.read({
    suggestions: async () => {
      if (!app.db.reachable) return undefined
      if (cached === undefined || Date.now() - cached.at > metricsTtlMs) cached = { at: Date.now(), model: suggestionModel(app.db) }
      const model = await cached.model.catch(() => { cached = undefined; return null })
      const served = model?.evaluation.find(e => e.method === model.method)
      return model === null || served === undefined ? undefined : { method: model.method, hit: served.hit }
    }
  })

  app.get('/ops/suggestions', {
    config: { access: rules.admin },
    schema: {
      tags: ['recommendations'],
      summary: 'The suggestion model: what serves, its features and weights, its held-out evaluation, when trained',
      description: [
        '`follow-graph precompute-suggestions` holds out each user\'s newest follows (by their times; a seeded random ',
        'share when the follows have none), generates candidates on the rest (friends of friends, Adamic-Adar, resource ',
        'allocation, random-walk personalized PageRank, popularity), learns a logistic regression over their features ',
        'on half of a sample of users, and scores it and every single generator on the other half (hit@20, recall@20, ',
        'nDCG@20). The ranker serves only if its hit@20 there beats the best single generator\'s; else that generator ',
        'serves. Only follows everyone may see are read (API.md v1.2). `model` is null before the first precompute. ',
        'graph:admin.'
      ].join(''),
      response: { 200: SuggestionModelAnswer, ...errors(401, 403, 503) }
    }
  }, async () => ({ model: await suggestionModel(app.db) }))
}

export default opsSuggestions
