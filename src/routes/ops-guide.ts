// The operators' guide for Neo4j Browser and its graph style (src/browser-guide.ts), under /ops/guide: no token
// needed (they hold queries, no data). Browser fetches them from its own page, cross-origin, with no-cache
// headers: CORS (preflight included) is open for these two routes only.
import { readFileSync } from 'node:fs'
import cors from '@fastify/cors'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { guideHtml, styleFile } from '../browser-guide.js'

const text = (type: string, description: string) => ({ 200: { description, content: { [type]: { schema: { type: 'string' } } } } })

const opsGuide: FastifyPluginAsyncTypebox<{ database: string }> = async (app, opts) => {
  await app.register(cors, { origin: '*', methods: ['GET'] })
  const style = readFileSync(styleFile, 'utf8')

  app.get('/', {
    prefixTrailingSlash: 'no-slash',
    schema: {
      tags: ['operations'],
      summary: 'Operators\' guide for Neo4j Browser',
      description: 'Play it in Neo4j Browser with `:play http://<service>/ops/guide` (the service\'s host must be in Neo4j\'s ' +
        '`browser.remote_content_hostname_whitelist`): runnable queries for a user\'s neighbourhood, a pair\'s edges, hidden ' +
        'follows, the most followed accounts, the change feed\'s newest entries, the schema and its indexes.',
      security: [],
      response: text('text/html', 'Neo4j Browser guide (HTML slides)')
    }
  }, async (request, reply) => {
    const serviceUrl = `${request.protocol}://${request.host}`
    return await reply.type('text/html; charset=utf-8').send(guideHtml({ serviceUrl, database: opts.database }))
  })

  app.get('/style.grass', {
    schema: {
      tags: ['operations'],
      summary: 'Graph style for Neo4j Browser (GraSS)',
      description: 'Captions and colours for User, FOLLOWS, REQUESTED, BLOCKS, MUTES (and List, OWNS, Change): ' +
        '`:style http://<service>/ops/guide/style.grass` in Browser, or drop the file on its style panel.',
      security: [],
      response: text('text/plain', 'GraSS')
    }
  }, async (_request, reply) => await reply.type('text/plain; charset=utf-8').send(style))
}

export default opsGuide
