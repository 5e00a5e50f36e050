// Graph-Bookmark over HTTP (see src/bookmarks.ts): a request's header is parsed once, before its handler, and
// put in scope for every transaction the request runs; a request that committed writes answers their
// bookmarks. Also the header's OpenAPI description, added to every /v1 operation by plugins/external/swagger.ts.
import createError from '@fastify/error'
import fp from 'fastify-plugin'
import { bookmarkHeader, bookmarkHeaderPattern, parseBookmarks, withRequestBookmarks, writtenBookmarks } from '../../bookmarks.js'

const InvalidBookmark = createError('INVALID_BOOKMARK', 'Graph-Bookmark is malformed: one or more bookmarks (as answered by a write), comma-separated', 400)

export default fp(async app => {
  // preHandler: after authentication (a caller without a valid token hears 401 whatever its bookmarks).
  app.addHook('preHandler', (request, _reply, done) => {
    const given = parseBookmarks(request.headers[bookmarkHeader])
    if (given === null) {
      done(new InvalidBookmark())
      return
    }
    withRequestBookmarks(given, done)
  })
  app.addHook('onSend', async (_request, reply, payload) => {
    const written = writtenBookmarks()
    if (written.length > 0 && reply.statusCode < 400) void reply.header(bookmarkHeader, written.join(','))
    return payload
  })
}, { name: 'bookmarks' })

const description = 'Causal consistency across service instances and cluster members: bookmarks answered by earlier ' +
  'writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, ' +
  'whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 ' +
  'INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it.'

interface Operation { parameters?: unknown[], responses?: Record<string, { description?: string, headers?: Record<string, unknown> }> }

/** Adds the header to every /v1 operation, and the answered bookmark to the 2xx responses of the writes. */
export function documentBookmarks (document: { components?: Record<string, unknown>, paths?: Record<string, Record<string, Operation>> }): void {
  const components = (document.components ??= {}) as Record<string, Record<string, unknown>>
  ;(components.parameters ??= {}).GraphBookmark = { name: 'Graph-Bookmark', in: 'header', required: false, schema: { type: 'string', pattern: bookmarkHeaderPattern }, description }
  ;(components.headers ??= {}).GraphBookmark = {
    description: 'The bookmark(s) of the writes this request committed: send them as Graph-Bookmark to read them back anywhere',
    schema: { type: 'string' }
  }
  for (const [path, methods] of Object.entries(document.paths ?? {})) {
    if (!path.startsWith('/v1/')) continue
    for (const [method, op] of Object.entries(methods)) {
      op.parameters = [...(op.parameters ?? []), { $ref: '#/components/parameters/GraphBookmark' }]
      // Every operation can answer 400 INVALID_BOOKMARK: in the shape of its other errors (401: every /v1 route).
      const responses = op.responses ?? {}
      const error = responses['401']
      if (responses['400'] === undefined && error !== undefined) op.responses = { ...responses, 400: { ...error, description: 'INVALID_BOOKMARK: a malformed Graph-Bookmark' } }
      if (method === 'get') continue
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (status.startsWith('2')) response.headers = { ...response.headers, 'Graph-Bookmark': { $ref: '#/components/headers/GraphBookmark' } }
      }
    }
  }
}
