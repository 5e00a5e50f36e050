import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { NoContent, errors } from '../../schemas/common.js'
import { Mute, MuteBody } from '../../schemas/mutes.js'
import { PageOf, PageQuery, defaultLimit } from '../../schemas/pagination.js'
import { TargetParams } from '../../schemas/relationships.js'
import { UserParams } from '../../schemas/users.js'
import { rules } from '../../access-policy.js'

const tags = ['mutes']

const mutes: FastifyPluginAsyncTypebox = async app => {
  const repo = app.mutesRepository
  const writes = app.relationships

  app.put('/users/:id/mutes/:target', {
    config: { access: rules.writeAs('id') },
    // The body is optional: none at all means `{}` (mute for ever), still checked against the schema.
    preValidation: async request => { request.body ??= {} },
    schema: {
      tags,
      summary: 'Mute a user, for ever or until a time; answers the mute as the list shows it',
      description: '201 when no unexpired mute existed (an expired one counts as absent and gets a new `since`); ' +
        '200 when an unexpired mute was updated: it keeps its `since` and takes the new `until` (none: for ever). ' +
        'An `until` that is not in the future is 400 VALIDATION. Muting is independent of following and blocking.',
      params: TargetParams,
      body: MuteBody,
      response: { 200: Mute, 201: Mute, ...errors(400, 401, 403, 404, 415, 503) }
    }
  }, async (request, reply) => {
    const { created, mute } = await writes.mute(request.params.id, request.params.target, request.body.until ?? null)
    return await reply.code(created ? 201 : 200).send(mute)
  })

  app.delete('/users/:id/mutes/:target', {
    config: { access: rules.writeAs('id') },
    schema: {
      tags,
      summary: 'Unmute a user (idempotent)',
      params: TargetParams,
      response: { 204: NoContent, ...errors(400, 401, 403, 404, 503) }
    }
  }, async (request, reply) => {
    await writes.unmute(request.params.id, request.params.target)
    return await reply.code(204).send(null)
  })

  app.get('/users/:id/mutes', {
    config: { access: rules.ownView('id') },
    schema: {
      tags,
      summary: 'The users id mutes (unexpired), newest first',
      description: "The user's own view. `since` is when the mute began, `until` when it ends (null: for ever). " +
        'Expired mutes are left out. Mutes are listed whatever the blocks between the two users (like `blocks`, ' +
        'this is a list for managing one\'s own settings).',
      params: UserParams,
      querystring: PageQuery,
      response: { 200: PageOf(Mute), ...errors(400, 401, 403, 404, 503) }
    }
  }, async request => await repo.page(request.params.id, request.query.cursor, request.query.limit ?? defaultLimit))
}

export default mutes
