// Who to follow (API.md, Recommendations and pipelines).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { popularPool, suggestionCaps, suggestionsFor } from '../../queries/suggestions.js'
import { UserNotFound } from '../../errors.js'
import { errors } from '../../schemas/common.js'
import { Suggestions, SuggestionsQuery } from '../../schemas/suggestions.js'
import { UserParams } from '../../schemas/users.js'
import { rules } from '../../access-policy.js'

const { maxFollowings, perFollowing } = suggestionCaps

const suggestions: FastifyPluginAsyncTypebox = async app => {
  app.get('/users/:id/suggestions', {
    config: { access: rules.ownView('id') },
    schema: {
      tags: ['recommendations'],
      summary: 'Who to follow: friends of friends, then popular users',
      description: [
        `Candidates are the users followed by the users id follows (second degree), sampled with bounded work: the `,
        `${maxFollowings} accounts id followed most recently (followings in a block relation with id are skipped), `,
        `and of each the ${perFollowing} accounts it followed most recently, so at most ${maxFollowings * perFollowing} `,
        'edges are read whatever the degrees. Ranked by mutualCount (how many of those sampled followings follow the ',
        'candidate), ties by the candidate\'s follower count (all FOLLOWS edges, from the degree store), then id. ',
        '`score` = mutualCount / number of sampled followings; `via` = up to 3 of them, most recently followed first (a user who hides its network is named only to service tokens). ',
        'Never suggested: id itself, users with discoverable: false, users id follows or has requested, users in a block relation with id (either way), ',
        'users id mutes (unexpired). When there are fewer than `limit` (a user with no follows: none), the list is ',
        `filled with the most-followed users id can still be suggested (score 0, mutualCount 0, via []), taken from `,
        `the ${popularPool.size} most-followed users, computed at most once a minute per instance (so the cold start `,
        'does not scan every user per request, and may lag the graph by a minute). `limit` 1..100, default 20. ',
        'Own view: the user itself or a service token.'
      ].join(''),
      params: UserParams,
      querystring: SuggestionsQuery,
      response: { 200: Suggestions, ...errors(400, 401, 403, 404, 503) }
    }
  }, async request => {
    const { id } = request.params
    const items = await suggestionsFor(app.db, id, request.query.limit ?? 20, request.principal)
    if (items === undefined) throw new UserNotFound(id)
    return { items }
  })
}

export default suggestions
