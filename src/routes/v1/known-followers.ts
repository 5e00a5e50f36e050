import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { UserNotFound } from '../../errors.js'
import { knownFollowersPage } from '../../queries/known-followers.js'
import { getUser } from '../../queries/users.js'
import { errors } from '../../schemas/common.js'
import { PageQuery, defaultLimit } from '../../schemas/pagination.js'
import { ListPage, TargetParams } from '../../schemas/relationships.js'
import { rules } from '../../access-policy.js'

const knownFollowers: FastifyPluginAsyncTypebox = async app => {
  app.get('/users/:id/known-followers/:target', {
    config: { access: rules.network('id', 'target') },
    schema: {
      tags: ['lists'],
      summary: 'Followers of target whom id follows ("followed by A and B you know")',
      description: 'Ordered like `following` (by when id followed them, newest first). Public read. Blocked ' +
        'filtering as in the lists: a user in a BLOCKS relation (either way) with id or with target is left out, ' +
        "and so is one in a BLOCKS relation with the token's user. id == target answers id's friends. " +
        'Cost follows the size of id\'s following list, never the target\'s follower count.',
      params: TargetParams,
      querystring: PageQuery,
      response: { 200: ListPage, ...errors(400, 401, 403, 404, 503) }
    }
  }, async request => {
    const { id, target } = request.params
    const limit = request.query.limit ?? defaultLimit
    const scope = `known-followers:${id}:${target}`
    const rows = await knownFollowersPage(app.db, {
      id, target, viewer: request.principal.sub, ...app.cursors.start(scope, request.query.cursor), limit: limit + 1
    })
    if (rows.length === 0) {
      for (const user of [id, target]) if (await getUser(app.db, user) === undefined) throw new UserNotFound(user)
    }
    return app.cursors.page(scope, rows, limit)
  })
}

export default knownFollowers
