// Follow, unfollow, "does id follow target", remove a follower (API.md, Relationships).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NoContent, errors } from '../../schemas/common.js'
import { UserNotFound } from '../../errors.js'
import { BulkFollow, BulkFollowAnswer, FollowState, FollowerParams, IncludeBlockedQuery, TargetParams, bulkListMembers } from '../../schemas/relationships.js'
import { UserParams } from '../../schemas/users.js'
import { checkNetworks, rules, subjectsOf } from '../../access-policy.js'
import { subjectFacts } from '../../queries/access.js'

const tags = ['relationships']

const follows: FastifyPluginAsyncTypebox = async app => {
  const graph = app.graph
  const writes = app.relationships

  app.put('/users/:id/following/:target', {
    config: { access: rules.writeAs('id') },
    schema: {
      tags,
      summary: 'Follow',
      description: 'Checked in order: SELF_RELATION (400), USER_NOT_FOUND (404, id first), BLOCKED_BY_TARGET (403, even ' +
        'when a hidden follow exists), UNBLOCK_FIRST (409); a private target gets a pending request (202, again 202 while ' +
        'pending); else 201 new / 200 already following. Concurrent identical follows make one edge. A block list stands ' +
        'as a block: target subscribing to a block list that holds id is BLOCKED_BY_TARGET, id subscribing to one that ' +
        'holds target is UNBLOCK_FIRST (lifted when id unsubscribes or target leaves the list).',
      params: TargetParams,
      response: { 200: FollowState, 201: FollowState, 202: FollowState, ...errors(400, 401, 403, 404, 409, 503) }
    }
  }, async (request, reply) => {
    const { status, state } = await writes.follow(request.params.id, request.params.target)
    return await reply.code(status).send({ state })
  })

  app.post('/users/:id/following', {
    config: { access: rules.writeAs('id') },
    schema: {
      tags,
      summary: 'Follow many at once ("follow all")',
      description: 'Each target goes through the follow rules as PUT /v1/users/{id}/following/{target} would, and is ' +
        'answered with the status and body (or error code) that single PUT gives, in the order given: 201/200 ' +
        '`following`, 202 `requested`, or 400 SELF_RELATION, 404 USER_NOT_FOUND, 403 BLOCKED_BY_TARGET, 409 ' +
        'UNBLOCK_FIRST. One target\'s refusal never fails the others. The ops share the write path\'s batches; a ' +
        'repeated target is answered each time (the second as already following). An unknown id is 404 for the whole request.\n\n' +
        `\`{list: {owner, list}}\` ("follow all" of a starter pack): the targets are the list's first ${bulkListMembers} members, ` +
        'newest first, as id reads the list (members in a block relation with id are left out, as the members page ' +
        "leaves them out for id's token). Reading them obeys the owner's access rules for the token (403 PRIVATE_ACCOUNT, " +
        'HIDDEN_NETWORK); 404 USER_NOT_FOUND for an unknown owner, LIST_NOT_FOUND for an unknown list; an empty list ' +
        'answers no items.',
      params: UserParams,
      body: BulkFollow,
      response: { 200: BulkFollowAnswer, ...errors(400, 401, 403, 404, 413, 415, 503) }
    }
  }, async request => {
    const { id } = request.params
    const body = request.body
    let targets: string[]
    if ('targets' in body) targets = body.targets
    else {
      const { owner, list } = body.list
      // The members are part of the owner's network: its access rules apply to this reader, as on the members page.
      const subjects = subjectsOf(request.principal, rules.network('owner'), { owner })
      if (subjects.length > 0) checkNetworks(request.principal, await subjectFacts(app.db, subjects, request.principal.sub))
      targets = await app.userLists.firstMembers(owner, list, id, bulkListMembers)
    }
    const items = await writes.followMany(id, targets)
    // The actor itself unknown: one 404, as the single PUT answers first.
    if (items.every(i => i.code === 'USER_NOT_FOUND') && !await app.usersRepository.exists(id)) throw new UserNotFound(id)
    return { items }
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
    await writes.unfollow(request.params.id, request.params.target)
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
    await writes.removeFollower(request.params.id, request.params.follower)
    return await reply.code(204).send(null)
  })
}

export default follows
