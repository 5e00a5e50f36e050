import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NoContent, errors } from '../../schemas/common.js'
import { User, UserParams, UserPatch, UserPut, UsernameParams } from '../../schemas/users.js'
import { rules } from '../../access-policy.js'

const tags = ['users']

const users: FastifyPluginAsyncTypebox = async app => {
  const repo = app.usersRepository

  app.put('/users/:id', {
    config: { access: rules.writeAs('id') },
    schema: {
      tags,
      summary: 'Create or replace a user',
      params: UserParams,
      body: UserPut,
      response: { 200: User, 201: User, ...errors(400, 401, 403, 409, 413, 415, 503) }
    }
  }, async (request, reply) => {
    const { user, created } = await repo.put(request.params.id, request.body)
    return await reply.code(created ? 201 : 200).send(user)
  })

  app.get('/users/:id', {
    config: { access: rules.read },
    schema: { tags, summary: 'A user', params: UserParams, response: { 200: User, ...errors(400, 401, 403, 404, 503) } }
  }, async request => await repo.get(request.params.id))

  app.get('/usernames/:username', {
    config: { access: rules.read },
    schema: {
      tags,
      summary: 'A user by username, matched case-insensitively',
      params: UsernameParams,
      response: { 200: User, ...errors(400, 401, 403, 404, 503) }
    }
  }, async request => await repo.getByUsername(request.params.username))

  app.patch('/users/:id', {
    config: { access: rules.writeAs('id') },
    schema: {
      tags,
      summary: 'Change some fields of a user',
      params: UserParams,
      body: UserPatch,
      response: { 200: User, ...errors(400, 401, 403, 404, 409, 413, 415, 503) }
    }
  }, async request => await repo.patch(request.params.id, request.body))

  app.delete('/users/:id', {
    config: { access: rules.writeAs('id') },
    schema: {
      tags,
      summary: 'Delete a user and every edge touching it',
      description: 'In one transaction: its lists (as DELETE of each would: recorded as list.deleted, their members and ' +
        'subscriptions gone), its memberships and subscriptions, and its edges; then user.deleted.',
      params: UserParams,
      response: { 204: NoContent, ...errors(400, 401, 403, 404, 503) }
    }
  }, async (request, reply) => {
    await repo.remove(request.params.id)
    return await reply.code(204).send(null)
  })
}

export default users
