import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NoContent, errors } from '../../schemas/common.js'
import { PageQuery, defaultLimit } from '../../schemas/pagination.js'
import { ListPage } from '../../schemas/relationships.js'
import { UserParams } from '../../schemas/users.js'
import { Accepted, RequestParams } from '../../schemas/requests.js'
import { rules } from '../../access-policy.js'

const tags = ['follow-requests']

const followRequests: FastifyPluginAsyncTypebox = async app => {
  const repo = app.requestsRepository
  const writes = app.relationships

  app.get('/users/:id/follow-requests', {
    config: { access: rules.ownView('id') },
    schema: {
      tags,
      summary: "A private user's incoming pending follow requests, newest first",
      description: "The user's own view. `since` is when the request was made. A requester cancels by unfollowing; " +
        'a block drops requests in both directions; a block list (either way) hides them instead, until it ends; turning ' +
        'the account public accepts them all (a request hidden by a block list is dropped, recorded as follow.rejected).',
      params: UserParams,
      querystring: PageQuery,
      response: { 200: ListPage, ...errors(400, 401, 403, 404, 503) }
    }
  }, async request => await repo.page(request.params.id, request.query.cursor, request.query.limit ?? defaultLimit))

  app.post('/users/:id/follow-requests/:requester/accept', {
    config: { access: rules.writeAs('id') },
    schema: {
      tags,
      summary: 'Accept a pending request: it becomes a FOLLOWS dated now',
      description: '404 REQUEST_NOT_FOUND when requester has no pending request to id (e.g. already accepted, ' +
        'rejected or cancelled). The follow rules are checked again with both users locked: 409 UNBLOCK_FIRST when id ' +
        'blocks requester, 403 BLOCKED_BY_TARGET when requester blocks id (the request is kept); a block list either way ' +
        'counts as a block. No body is read.',
      params: RequestParams,
      response: { 200: Accepted, ...errors(400, 401, 403, 404, 409, 503) }
    }
  }, async request => {
    await writes.accept(request.params.id, request.params.requester)
    return { state: 'following' as const }
  })

  app.post('/users/:id/follow-requests/:requester/reject', {
    config: { access: rules.writeAs('id') },
    schema: {
      tags,
      summary: 'Reject a pending request: it is dropped',
      description: '404 REQUEST_NOT_FOUND when requester has no pending request to id. The requester may ask again.',
      params: RequestParams,
      response: { 204: NoContent, ...errors(400, 401, 403, 404, 503) }
    }
  }, async (request, reply) => {
    await writes.reject(request.params.id, request.params.requester)
    return await reply.code(204).send(null)
  })
}

export default followRequests
