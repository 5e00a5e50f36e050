// The OpenAPI document is generated from the routes' TypeBox schemas: /openapi.json, and Swagger UI at /docs.
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'
import { ndjsonType } from '../../ndjson.js'
import { ImportLine } from '../../schemas/import.js'
import { documentBookmarks } from './bookmarks.js'
import { documentOverload } from './load-shedding.js'

/**
 * Request bodies the routes read as streams (no `schema.body`, which Fastify would validate as a whole):
 * added to the generated document so clients see them. Path -> method -> requestBody.
 */
const streamedBodies: Record<string, Record<string, unknown>> = {
  '/v1/import': {
    post: {
      required: true,
      description: 'NDJSON: one JSON object a line, each as the schema says; blank lines are skipped.',
      content: { [ndjsonType]: { schema: ImportLine } }
    }
  }
}

export default fp(async app => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Follow-graph service',
        version: 'v1',
        description: 'Who follows, blocks and mutes whom; friends, lists, counts and suggestions. ' +
          'Errors are { statusCode, code, error, message } with a stable UPPER_SNAKE code.'
      },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } }
      },
      security: [{ bearerAuth: [] }]
    },
    transformObject: document => {
      if (!('openapiObject' in document)) return document.swaggerObject
      const { openapiObject } = document
      const paths = (openapiObject as { paths?: Record<string, Record<string, { requestBody?: unknown }>> }).paths ?? {}
      for (const [path, methods] of Object.entries(streamedBodies)) {
        for (const [method, requestBody] of Object.entries(methods)) {
          const op = paths[path]?.[method]
          if (op !== undefined) op.requestBody = requestBody
        }
      }
      documentBookmarks(openapiObject as Parameters<typeof documentBookmarks>[0])
      documentOverload(openapiObject as Parameters<typeof documentOverload>[0])
      return openapiObject
    }
  })
  await app.register(swaggerUi, { routePrefix: '/docs' })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}, { name: 'swagger' })
