// The paginated relationship lists: followers, following, friends, blocks (API.md, Lists).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { errors } from '../../schemas/common.js'
import { PageQuery } from '../../schemas/pagination.js'
import { ListPage, ListQuery } from '../../schemas/relationships.js'
import { UserParams } from '../../schemas/users.js'
import { rules } from '../../access-policy.js'

const tags = ['lists']

const publicLists = {
  followers: 'Users who follow id; `since`: when they followed',
  following: 'Users id follows; `since`: when id followed them',
  friends: "Users id follows who follow id back; ordered and dated by id's own follow"
} as const

const filtering = ' Newest first (since desc, id desc), keyset-paginated. Edges between users in a block relation ' +
  '(a BLOCKS either way, or a block list either way) are left out unless includeBlocked=true (own view: the user itself or ' +
  "a service token, else 403 FORBIDDEN). For another user's token, users in a block relation with that user are left out too. A private user's list is readable " +
  'only by itself, its followers and service tokens (403 PRIVATE_ACCOUNT otherwise).'

const lists: FastifyPluginAsyncTypebox = async app => {
  const graph = app.graph

  for (const [kind, summary] of Object.entries(publicLists) as Array<[keyof typeof publicLists, string]>) {
    app.get(`/users/:id/${kind}`, {
      config: { access: rules.network('id') },
      schema: {
        tags,
        summary,
        description: summary + '.' + filtering,
        params: UserParams,
        querystring: ListQuery,
        response: { 200: ListPage, ...errors(400, 401, 403, 404, 503) }
      }
    }, async request => await graph.list(kind, request.params.id, request.principal, request.query))
  }

  app.get('/users/:id/blocks', {
    config: { access: rules.ownView('id') },
    schema: {
      tags,
      summary: 'Users id blocks (own view)',
      description: 'Newest block first (since desc, id desc), keyset-paginated. Only the user itself or a service token.',
      params: UserParams,
      querystring: PageQuery,
      response: { 200: ListPage, ...errors(400, 401, 403, 404, 503) }
    }
  }, async request => await graph.list('blocks', request.params.id, request.principal, request.query))
}

export default lists
