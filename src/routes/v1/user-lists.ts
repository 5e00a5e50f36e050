// Lists (curated lists, starter packs, moderation lists): a user's lists, one list, its members, and the lists
// that hold a user (API.md, "Lists and moderation lists"). The followers/following/friends pages are lists.ts.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NoContent, errors } from '../../schemas/common.js'
import { PageQuery } from '../../schemas/pagination.js'
import { UserParams } from '../../schemas/users.js'
import { List, ListedInPage, ListPage, ListParams, ListPut, Member, MemberPage, MemberParams } from '../../schemas/user-lists.js'
import { rules } from '../../access-policy.js'

const tags = ['user lists']

const ownersRules = "Public read within the owner's access rules (a private owner's lists: itself, its followers and service " +
  'tokens, else 403 PRIVATE_ACCOUNT; a hidden network: itself and service tokens, else 403 HIDDEN_NETWORK).'

const userLists: FastifyPluginAsyncTypebox = async app => {
  const lists = app.userLists

  app.put('/users/:id/lists/:list', {
    config: { access: rules.writeAs('id') },
    schema: {
      tags,
      summary: 'Create or update a list',
      description: '201 created / 200 updated, answering the list. The purpose (curation or moderation) is fixed at ' +
        'creation: a PUT with the other purpose is 409 PURPOSE_FIXED. An omitted description is "". Recorded as ' +
        '`list.created` in the change feed when new. 404 USER_NOT_FOUND for an unknown owner.',
      params: ListParams,
      body: ListPut,
      response: { 200: List, 201: List, ...errors(400, 401, 403, 404, 409, 415, 503) }
    }
  }, async (request, reply) => {
    const { created, list } = await lists.put(request.params.id, request.params.list, request.body)
    return await reply.code(created ? 201 : 200).send(list)
  })

  app.get('/users/:id/lists', {
    config: { access: rules.network('id') },
    schema: {
      tags,
      summary: "A user's lists, newest first",
      description: 'Keyset-paginated by creation time (createdAt desc, id desc). ' + ownersRules,
      params: UserParams,
      querystring: PageQuery,
      response: { 200: ListPage, ...errors(400, 401, 403, 404, 503) }
    }
  }, async request => await lists.lists(request.params.id, request.query))

  app.get('/users/:id/lists/:list', {
    config: { access: rules.network('id') },
    schema: {
      tags,
      summary: 'One list',
      description: 'memberCount comes from the degree store: cheap at any size. 404 LIST_NOT_FOUND (USER_NOT_FOUND for an ' +
        'unknown owner). ' + ownersRules,
      params: ListParams,
      response: { 200: List, ...errors(400, 401, 403, 404, 503) }
    }
  }, async request => await lists.get(request.params.id, request.params.list))

  app.delete('/users/:id/lists/:list', {
    config: { access: rules.writeAs('id') },
    schema: {
      tags,
      summary: 'Delete a list, its members and every subscription to it',
      description: 'Idempotent (204 whether or not the list existed; 404 USER_NOT_FOUND for an unknown owner). The block and ' +
        'mute lists it was end at once for every subscriber: follows it hid show again. Recorded as `list.deleted`.',
      params: ListParams,
      response: { 204: NoContent, ...errors(400, 401, 403, 404, 503) }
    }
  }, async (request, reply) => {
    await lists.remove(request.params.id, request.params.list)
    return await reply.code(204).send(null)
  })

  app.put('/users/:id/lists/:list/members/:member', {
    config: { access: rules.writeAs('id') },
    schema: {
      tags,
      summary: 'Add a member',
      description: '201 new / 200 already a member, answering the member as the members page lists it. 404 ' +
        'LIST_NOT_FOUND, USER_NOT_FOUND (owner or member). A curation list refuses a user who blocks the owner (directly ' +
        'or through a block list it subscribes to): 403 BLOCKED_BY_TARGET; a moderation list takes anyone. The owner may ' +
        'list itself. On a moderation list the member is blocked (muted) at once by every subscriber; the write reads ' +
        "only the member's own edges, whatever the number of subscribers. Recorded as `list.member.added`.",
      params: MemberParams,
      response: { 200: Member, 201: Member, ...errors(400, 401, 403, 404, 503) }
    }
  }, async (request, reply) => {
    const { created, member } = await lists.addMember(request.params.id, request.params.list, request.params.member)
    return await reply.code(created ? 201 : 200).send(member)
  })

  app.delete('/users/:id/lists/:list/members/:member', {
    config: { access: rules.writeAs('id') },
    schema: {
      tags,
      summary: 'Remove a member',
      description: 'Idempotent (204 whether or not it was a member); 404 LIST_NOT_FOUND, USER_NOT_FOUND. The list\'s ' +
        'subscribers stop blocking (muting) it at once. Recorded as `list.member.removed`.',
      params: MemberParams,
      response: { 204: NoContent, ...errors(400, 401, 403, 404, 503) }
    }
  }, async (request, reply) => {
    await lists.removeMember(request.params.id, request.params.list, request.params.member)
    return await reply.code(204).send(null)
  })

  app.get('/users/:id/lists/:list/members', {
    config: { access: rules.network('id') },
    schema: {
      tags,
      summary: "A list's members, newest first",
      description: 'Keyset-paginated (since desc, id desc), `since` when the member was added. For another user\'s token, ' +
        'members in a block relation with that user (a BLOCKS either way, or a block list either way) are left out. ' +
        '404 LIST_NOT_FOUND. ' + ownersRules,
      params: ListParams,
      querystring: PageQuery,
      response: { 200: MemberPage, ...errors(400, 401, 403, 404, 503) }
    }
  }, async request => await lists.members(request.params.id, request.params.list, request.principal, request.query))

  app.get('/users/:id/listed-in', {
    config: { access: rules.ownView('id') },
    schema: {
      tags,
      summary: 'The lists that hold a user (own view)',
      description: 'Curation and moderation lists alike, newest membership first (since desc, then the list as ' +
        '"owner/list" desc), keyset-paginated. Only the user itself or a service token.',
      params: UserParams,
      querystring: PageQuery,
      response: { 200: ListedInPage, ...errors(400, 401, 403, 404, 503) }
    }
  }, async request => await lists.listedIn(request.params.id, request.query))
}

export default userLists
