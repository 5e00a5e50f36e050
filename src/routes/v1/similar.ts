// Similar accounts (API.md, "Similar accounts"): people who follow id also follow these.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { rules } from '../../access-policy.js'
import { UserNotFound } from '../../errors.js'
import { userExists } from '../../queries/users.js'
import { similarCaps, similarFor } from '../../queries/similar.js'
import { errors } from '../../schemas/common.js'
import { SimilarAccounts, SimilarQuery } from '../../schemas/similar.js'
import { UserParams } from '../../schemas/users.js'

const similar: FastifyPluginAsyncTypebox = async app => {
  app.get('/users/:id/similar', {
    // Derived from id's followers: id's rules for its network apply (private account, hidden network).
    config: { access: rules.network('id') },
    schema: {
      tags: ['recommendations'],
      summary: 'Similar accounts: people who follow id also follow these',
      description: [
        'Accounts whose followers most overlap id\'s followers, best first. Estimated with bounded work from the ',
        'follows the reader may see (API.md v1.2: a follow is visible when the reader may read the follower\'s ',
        `following or the followed account's followers): id's ${similarCaps.maxFollowers} newest followers (those in `,
        `a block relation with id skipped) and the ${similarCaps.perFollower} accounts each followed most recently by `,
        'a visible follow; the overlap seen is scaled to id\'s follower count, and `score` is the Jaccard index of the ',
        'two follower sets (0..1) from the public counts (a candidate that hides its network: as if all its followers ',
        'were shared). Precomputed for every user by `follow-graph precompute-suggestions` from the follows everyone ',
        'may see; computed for the reader when asked for a user the precompute has not seen. ',
        'Never id itself or a user with `discoverable: false`. Viewer-aware: with a user token, the reader, users ',
        'it follows or has requested, users in a block relation with it (either way) and users it mutes are left ',
        'out (never users who mute it), ',
        'checked when read. Access: as id\'s followers (a private account: itself, its followers and service ',
        'tokens, else 403 PRIVATE_ACCOUNT; a hidden network: itself and service tokens, else 403 HIDDEN_NETWORK). ',
        '`limit` 1..100, default 20.'
      ].join(''),
      params: UserParams,
      querystring: SimilarQuery,
      response: { 200: SimilarAccounts, ...errors(400, 401, 403, 404, 503) }
    }
  }, async request => {
    const { id } = request.params
    const items = await similarFor(app.db, id, request.principal, request.query.limit ?? 20)
    if (items.length === 0 && !await userExists(app.db, id)) throw new UserNotFound(id)
    return { items }
  })
}

export default similar
