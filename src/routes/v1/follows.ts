// Follow, unfollow, "does id follow target", remove a follower (API.md, Relationships).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NoContent, errors } from '../../schemas/common.js'
import { FollowState, FollowerParams, IncludeBlockedQuery, TargetParams } from '../../schemas/relationships.js'
import { rules } from '../../access-policy.js'

const tags = ['relationships']

const follows: FastifyPluginAsyncTypebox = async app => {
  const graph = app.graph

  app.put('/users/:id/following/:target', {
    config: { access: rules.writeAs('id') },
    schema: {
      tags,
      summary: 'Follow',
      description: 'Checked in order: SELF_RELATION (400), USER_NOT_FOUND (404, id first), BLOCKED_BY_TARGET (403, even ' +
        'when a hidden follow exists), UNBLOCK_FIRST (409); a private target gets a pending request (202, again 202 while ' +
        'pending); else 201 new / 200 already following. Concurrent identical follows make one edge.',
      params: TargetParams,
      response: { 200: FollowState, 201: FollowState, 202: FollowState, ...errors(400, 401, 403, 404, 409, 503) }
    }
  }, async (request, reply) => {
    const { status, state } = await graph.follow(request.params.id, request.params.target)
    return await reply.code(status).send({ state })
  })

  app.delete('/users/:id/following/:target', {
    config: { access: rules.writeAs('id') },
    schema: {
      tags,
      summary: 'Unfollow, or cancel a pending follow request',
      description: 'Idempotent (204 whether or not there was an edge); also deletes a follow hidden by a block. ' +
        'A cancelled request is recorded in the change feed as `unfollow`.',
      params: TargetParams,
      response: { 204: NoContent, ...errors(400, 401, 403, 404, 503) }
    }
  }, async (request, reply) => {
    await graph.unfollow(request.params.id, request.params.target)
    return await reply.code(204).send(null)
  })

  app.get('/users/:id/following/:target', {
    config: { access: rules.edge('id', 'target') },
    schema: {
      tags,
      summary: 'Does id follow target, as the following list shows it',
      description: '204 yes, 404 NOT_FOLLOWING no. A follow hidden by a block (either way) answers no unless ' +
        'includeBlocked=true (own view); for another user\'s token, a target in a BLOCKS relation with that user answers ' +
        'no (as in that user\'s reading of the list); a private id answers 403 PRIVATE_ACCOUNT to non-followers.',
      params: TargetParams,
      querystring: IncludeBlockedQuery,
      response: { 204: NoContent, ...errors(400, 401, 403, 404, 503) }
    }
  }, async (request, reply) => {
    await graph.isFollowing(request.params.id, request.params.target, request.principal, request.query.includeBlocked ?? false)
    return await reply.code(204).send(null)
  })

  app.delete('/users/:id/followers/:follower', {
    config: { access: rules.writeAs('id') },
    schema: {
      tags,
      summary: 'Remove a follower',
      description: 'Deletes follower\'s FOLLOWS to id (hidden or not). Idempotent: 204 whether or not it existed.',
      params: FollowerParams,
      response: { 204: NoContent, ...errors(400, 401, 403, 404, 503) }
    }
  }, async (request, reply) => {
    await graph.removeFollower(request.params.id, request.params.follower)
    return await reply.code(204).send(null)
  })
}

export default follows
