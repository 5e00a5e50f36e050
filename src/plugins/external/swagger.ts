// The OpenAPI document is generated from the routes' TypeBox schemas: /openapi.json, and Swagger UI at /docs.
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'

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
    }
  })
  await app.register(swaggerUi, { routePrefix: '/docs' })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}, { name: 'swagger' })
