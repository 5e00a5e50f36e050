// Export for pipelines: the whole graph as NDJSON streams, resumable, in constant server memory.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ndjsonResponse, ndjsonStream, ndjsonType } from '../../ndjson.js'
import { exportEdgeLines, exportUsers } from '../../queries/export.js'
import { errors } from '../../schemas/common.js'
import { ExportEdge, ExportEdgesQuery, ExportUser, ExportUsersQuery } from '../../schemas/export.js'
import { rules } from '../../access-policy.js'

const tags = ['pipelines']

const exportRoutes: FastifyPluginAsyncTypebox<{ idleMs: number }> = async (app, { idleMs }) => {
  app.get('/export/users', {
    config: { access: rules.admin },
    schema: {
      tags,
      summary: 'Every user, as NDJSON, in id order',
      description: 'Streams one JSON object per line ({id, username, name, private, createdAt}) in ascending id ' +
        '(code point) order, read from the user id index (no sort). Resume an interrupted export with ' +
        '`?after=<last id received>`. The stream is read from one transaction with backpressure: the server holds ' +
        'at most one driver fetch batch and one 64 KiB chunk whatever the graph size. A client that reads nothing for ' +
        'STREAM_IDLE_TIMEOUT_MS (default 60 s) is cut off, and one that goes away releases the transaction at once. graph:admin.',
      querystring: ExportUsersQuery,
      response: { 200: ndjsonResponse(ExportUser, 'NDJSON, one user a line'), ...errors(400, 401, 403, 503) }
    }
  }, async (request, reply) => {
    const stream = await ndjsonStream(exportUsers(app.db, request.query.after), { idleMs })
    return await reply.type(ndjsonType).send(stream)
  })

  app.get('/export/edges', {
    config: { access: rules.admin },
    schema: {
      tags,
      summary: 'Every edge of one type, as NDJSON, in (from, to) order',
      description: 'Streams {from, to, type, since} (MUTES also `until`, null for ever; expired mutes are exported ' +
        'too: this is the stored graph) in ascending (from, to) order, read from the pair-uniqueness index (no sort). ' +
        'FOLLOWS edges hidden by a block are exported (they are part of the graph and come back on unblock). Resume ' +
        'with `?after=<from>,<to>` of the last row received. Constant server memory, as for users. graph:admin.',
      querystring: ExportEdgesQuery,
      response: { 200: ndjsonResponse(ExportEdge, 'NDJSON, one edge a line'), ...errors(400, 401, 403, 503) }
    }
  }, async (request, reply) => {
    const { type, after } = request.query
    const [from, to] = after === undefined ? [] : after.split(',')
    const pair = from !== undefined && to !== undefined ? { from, to } : null
    const stream = await ndjsonStream(exportEdgeLines(app.db, type, pair), { idleMs })
    return await reply.type(ndjsonType).send(stream)
  })
}

export default exportRoutes
