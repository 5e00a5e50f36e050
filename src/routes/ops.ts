// Operations endpoints: no token needed.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { errorBody } from '../plugins/external/errors.js'

const Status = Type.Object({ status: Type.String() })
const Unready = Type.Object({ statusCode: Type.Integer(), code: Type.String(), error: Type.String(), message: Type.String() })

const ops: FastifyPluginAsyncTypebox = async app => {
  app.get('/healthz', {
    schema: { tags: ['operations'], summary: 'The process is alive', security: [], response: { 200: Status } }
  }, async () => ({ status: 'ok' }))

  app.get('/readyz', {
    schema: {
      tags: ['operations'],
      summary: 'Neo4j answers and every migration is applied (503 NOT_READY while one runs, saying which)',
      security: [],
      response: { 200: Status, 503: Unready }
    }
  }, async (_request, reply) => {
    const reason = await app.readiness()
    if (reason === null) return { status: 'ready' }
    return await reply.code(503).send(errorBody(503, 'NOT_READY', reason))
  })
}

export default ops
