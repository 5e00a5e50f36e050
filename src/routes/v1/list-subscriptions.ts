// Subscriptions to moderation lists: a block list (list-blocks) or a mute list (list-mutes) blocks or mutes
// every member, present and future (API.md, "Lists and moderation lists").
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NoContent, errors } from '../../schemas/common.js'
import { PageQuery } from '../../schemas/pagination.js'
import { UserParams } from '../../schemas/users.js'
import { Subscription, SubscriptionPage, SubscriptionParams, type SubscriptionKind } from '../../schemas/user-lists.js'
import { rules } from '../../access-policy.js'

const tags = ['user lists']

const effect: Record<SubscriptionKind, string> = {
  block: 'id stands to each member (other than itself) exactly as if id BLOCKS it: every rule, list, count, lookup ' +
    '(relationships: listBlocking), suggestion and viewer filter treats the pair as blocked, until the member leaves the ' +
    'list, id unsubscribes or the list is deleted. Unlike a direct block nothing is deleted: id\'s follows of members ' +
    'and their follows of id are hidden, not removed, and show again when the list block ends; pending requests between ' +
    'them are hidden too. A follow between them is refused: 409 UNBLOCK_FIRST for id, 403 BLOCKED_BY_TARGET for the ' +
    'member (unsubscribing, or the member leaving the list, lifts it).',
  mute: 'id stands to each member (other than itself) as if id MUTES it: members are never suggested to id ' +
    '(relationships: listMuting), until the member leaves the list, id unsubscribes or the list is deleted. The ' +
    'user\'s own mutes list and count are its direct mutes only.'
}

const listSubscriptions: FastifyPluginAsyncTypebox = async app => {
  const lists = app.userLists

  for (const kind of ['block', 'mute'] as const) {
    const path = `/users/:id/list-${kind}s`
    const verb = kind === 'block' ? 'block' : 'mute'

    app.put(`${path}/:owner/:list`, {
      // Subscribing reveals the list's members: the owner's network rules apply, to known and unknown lists alike.
      config: { access: rules.writeAs('id', 'owner') },
      schema: {
        tags,
        summary: `Subscribe to a moderation list as a ${verb} list`,
        description: `201 new / 200 already subscribed, answering the subscription as GET ${path.replace(':id', '{id}')} lists it. ` +
          `${effect[kind]} Subscribing to one's own list is allowed; it never ${verb}s oneself. Subscribing needs the right ` +
          'to read the owner\'s network: a private owner\'s lists only for itself, its followers and service tokens (403 ' +
          'PRIVATE_ACCOUNT), a hidden network\'s only for itself and service tokens (403 HIDDEN_NETWORK), for its existing ' +
          'and unknown list ids alike; a subscription made while allowed stays in force. 404 USER_NOT_FOUND (id or ' +
          `owner), LIST_NOT_FOUND; 409 NOT_A_MODERATION_LIST for a curation list. Recorded as \`list.${kind}\`. The write ` +
          'reads only the subscriber\'s own edges or the list\'s members, whichever are fewer.',
        params: SubscriptionParams,
        response: { 200: Subscription, 201: Subscription, ...errors(400, 401, 403, 404, 409, 503) }
      }
    }, async (request, reply) => {
      const { id, owner, list } = request.params
      const { created, subscription } = await lists.subscribe(kind, id, owner, list)
      return await reply.code(created ? 201 : 200).send(subscription)
    })

    app.delete(`${path}/:owner/:list`, {
      config: { access: rules.writeAs('id') },
      schema: {
        tags,
        summary: `Unsubscribe from a ${verb} list`,
        description: `Idempotent (204 whether or not subscribed, and for a list that does not exist: unsubscribing is always ` +
          `allowed, and tells nothing of which lists an owner has); 404 USER_NOT_FOUND. The ${verb}s it made end at ` +
          `once (a member also ${verb}ed directly, or through another list, stays so). Recorded as \`list.un${kind}\`.`,
        params: SubscriptionParams,
        response: { 204: NoContent, ...errors(400, 401, 403, 404, 503) }
      }
    }, async (request, reply) => {
      const { id, owner, list } = request.params
      await lists.unsubscribe(kind, id, owner, list)
      return await reply.code(204).send(null)
    })

    app.get(path, {
      config: { access: rules.ownView('id') },
      schema: {
        tags,
        summary: `The lists id subscribes to as ${verb} lists (own view)`,
        description: 'Each item is the list with `since`, when the subscription began; newest first (since desc, then the ' +
          'list as "owner/list" desc), keyset-paginated. Only the user itself or a service token.',
        params: UserParams,
        querystring: PageQuery,
        response: { 200: SubscriptionPage, ...errors(400, 401, 403, 404, 503) }
      }
    }, async request => await lists.subscriptions(kind, request.params.id, request.query))
  }
}

export default listSubscriptions
