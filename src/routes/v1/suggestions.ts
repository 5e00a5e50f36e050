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
      summary: 'Who to follow: precomputed (candidates from several generators, ranked by a model trained on the graph), then friends of friends, then popular users; each says why',
      description: [
        'First the candidates the precompute stored for id (`follow-graph precompute-suggestions`: candidates from ',
        'friends of friends, Adamic-Adar, resource allocation, random-walk personalized PageRank, popularity and id\'s ',
        'followers, ranked by a logistic regression trained on the graph\'s own newest follows, or by the single ',
        'generator that beat it on held-out follows: GET /v1/ops/suggestions says which; RECOMMENDATIONS.md), best ',
        'first, `score` relative to the best (1). Then, when fewer ',
        'than `limit` remain (no precompute yet, GDS absent, a new user): friends of friends, the users followed by ',
        `the users id follows, sampled with bounded work: the ${maxFollowings} accounts id followed most recently `,
        `(followings in a block relation with id are skipped), and of each the ${perFollowing} accounts it followed `,
        `most recently, so at most ${maxFollowings * perFollowing} edges are read whatever the degrees; ranked by `,
        'mutualCount, ties by follower count (degree store), then id; `score` = mutualCount / sampled followings. ',
        'mutualCount and `via` (up to 3 of the sampled followings that follow the candidate, most recently followed ',
        'first) are the same for both; a precomputed via still followed by id and still following the candidate; a user ',
        'who hides its network is named in via only to service tokens. Only follows the reader may see count (API.md ',
        'v1.2: a follow is visible when the reader may read the follower\'s following or the followed account\'s ',
        'followers; a service token sees every follow): friends of friends walk a following\'s follows only where they ',
        'are visible, and the precompute draws only on follows everyone may see, with list blocks and list mutes ',
        'checked when read. ',
        'Never suggested, checked when read (so a follow, request, block or mute made a moment ago counts): id itself, ',
        'users id follows or has requested, users in a block relation with id (either way, directly or through a block ',
        'list), users id mutes (unexpired, or through a mute list; never users who mute id), users with ',
        '`discoverable: false`. Then the most-followed users id can still be suggested (by public follower count; users who hide ',
        `their network are not ranked) fill the list (score 0, mutualCount 0, via []), taken from the ${popularPool.size} most-followed users, computed `,
        'at most once a minute per instance. `why` says why each is suggested, in words a client can show: "followed by ',
        'alice, bob and 3 others you follow" (the via users the reader may see named, by username, and how many more of ',
        'the sampled followings follow it), "follows you" (by a follow the reader may see), else "popular" (among the ',
        'most-followed users) or "in your wider network". `limit` 1..100, default 20. Own view: the user itself or a service token.'
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
