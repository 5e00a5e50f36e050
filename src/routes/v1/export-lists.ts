// Export of lists, their members and the subscriptions to them, for pipelines: NDJSON streams, resumable, in
// constant server memory (users and edges: export.ts). Each row is an import line of POST /v1/import as it is.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ndjsonResponse, ndjsonStream, ndjsonType } from '../../ndjson.js'
import { exportLists, exportMemberLines, exportSubscriptionLines } from '../../queries/list-export.js'
import { errors } from '../../schemas/common.js'
import { ExportList, ExportListsQuery, ExportMember, ExportMembersQuery, ExportSubscription, ExportSubscriptionsQuery } from '../../schemas/user-lists.js'
import { rules } from '../../access-policy.js'

const tags = ['pipelines']

const streamed = 'The stream is read from one transaction with backpressure, in constant server memory (a client that reads nothing ' +
  'for STREAM_IDLE_TIMEOUT_MS is cut off). graph:admin.'
const order = 'To rebuild a graph, import users, then lists, then the edges (GET /v1/export/edges), then members and ' +
  'subscriptions: a follow between users in a list block is refused like any follow, so list blocks come last.'

const listExport: FastifyPluginAsyncTypebox<{ idleMs: number }> = async (app, { idleMs }) => {
  app.get('/export/lists', {
    config: { access: rules.admin },
    schema: {
      tags,
      summary: 'Every list, as NDJSON, in (owner, id) order',
      description: 'Streams {owner, id, name, purpose, description, createdAt} in ascending (owner, id) order, read from ' +
        'the list_owner_id_unique index (no sort). Resume with `?after=<owner>/<id>` of the last row received. ' + order + ' ' + streamed,
      querystring: ExportListsQuery,
      response: { 200: ndjsonResponse(ExportList, 'NDJSON, one list a line'), ...errors(400, 401, 403, 503) }
    }
  }, async (request, reply) => {
    const stream = await ndjsonStream(exportLists(app.db, request.query.after), { idleMs })
    return await reply.type(ndjsonType).send(stream)
  })

  app.get('/export/list-members', {
    config: { access: rules.admin },
    schema: {
      tags,
      summary: "Every list's members, as NDJSON, in (owner/list, member) order",
      description: 'Streams {owner, list, member, since} in ascending ("owner/list", member) order, read from the ' +
        'list_members_pair_unique index (no sort). Resume with `?after=<owner>/<list>,<member>` of the last row received. ' +
        order + ' ' + streamed,
      querystring: ExportMembersQuery,
      response: { 200: ndjsonResponse(ExportMember, 'NDJSON, one membership a line'), ...errors(400, 401, 403, 503) }
    }
  }, async (request, reply) => {
    const after = request.query.after?.split(',')
    const stream = await ndjsonStream(exportMemberLines(app.db, after === undefined ? null : { list: after[0]!, member: after[1]! }), { idleMs })
    return await reply.type(ndjsonType).send(stream)
  })

  app.get('/export/list-subscriptions', {
    config: { access: rules.admin },
    schema: {
      tags,
      summary: 'Every block or mute subscription to a list, as NDJSON, in (user, owner/list) order',
      description: 'Streams {user, owner, list, type, since} for `type=block` (list-blocks) or `type=mute` (list-mutes) in ' +
        'ascending (user, "owner/list") order, read from the type\'s pair-uniqueness index (no sort). Resume with ' +
        '`?after=<user>,<owner>/<list>` of the last row received. ' + order + ' ' + streamed,
      querystring: ExportSubscriptionsQuery,
      response: { 200: ndjsonResponse(ExportSubscription, 'NDJSON, one subscription a line'), ...errors(400, 401, 403, 503) }
    }
  }, async (request, reply) => {
    const after = request.query.after?.split(',')
    const stream = await ndjsonStream(exportSubscriptionLines(app.db, request.query.type, after === undefined ? null : { user: after[0]!, list: after[1]! }), { idleMs })
    return await reply.type(ndjsonType).send(stream)
  })
}

export default listExport
