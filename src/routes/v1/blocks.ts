// Block and unblock (API.md, Relationships).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NoContent, errors } from '../../schemas/common.js'
import { BlockState, TargetParams } from '../../schemas/relationships.js'
import { rules } from '../../access-policy.js'

const tags = ['relationships']

const blocks: FastifyPluginAsyncTypebox = async app => {
  const writes = app.relationships

  app.put('/users/:id/blocks/:target', {
    config: { access: rules.writeAs('id') },
    schema: {
      tags,
      summary: 'Block',
      description: "201 new / 200 already. In the same transaction: deletes id's FOLLOWS to target and pending requests " +
        "both ways; target's FOLLOWS to id is kept but hidden from lists, counts and lookups until unblocked.",
      params: TargetParams,
      response: { 200: BlockState, 201: BlockState, ...errors(400, 401, 403, 404, 503) }
    }
  }, async (request, reply) => {
    const created = await writes.block(request.params.id, request.params.target)
    return await reply.code(created ? 201 : 200).send({ state: 'blocking' as const })
  })

  app.delete('/users/:id/blocks/:target', {
    config: { access: rules.writeAs('id') },
    schema: {
      tags,
      summary: 'Unblock',
      description: "Idempotent (204). A follow of target's that the block hid becomes visible again.",
      params: TargetParams,
      response: { 204: NoContent, ...errors(400, 401, 403, 404, 503) }
    }
  }, async (request, reply) => {
    await writes.unblock(request.params.id, request.params.target)
    return await reply.code(204).send(null)
  })
}

export default blocks
