// The change feed for pipelines: pages, the current end, and an NDJSON stream (src/plugins/app/change-feed.ts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ndjsonResponse, ndjsonStream, ndjsonType } from '../../ndjson.js'
import { Change, ChangesLatest, ChangesPage, ChangesQuery, ChangesStreamQuery } from '../../schemas/changes.js'
import { errors } from '../../schemas/common.js'

const tags = ['pipelines']

const consistency = 'Consistency: each change is written by the transaction that makes it and stamped with the ' +
  'database\'s clock by its last statement. Transactions can commit out of order, so the feed holds back its ' +
  'newest CHANGES_LAG_MS (default 3000 ms), and never serves past the start of the oldest transaction still open ' +
  '(a change is stamped no earlier than its transaction\'s start): only changes before that horizon are served, in ' +
  '(at, id) order. A reader that resumes from `next` therefore never misses a change and never sees one twice, ' +
  'even when a long bulk import batch commits late; a long-open transaction (e.g. an export stream) only delays ' +
  'the feed. Changes of one transaction share their `at`. Retention: changes older than CHANGES_RETENTION_DAYS (default 7) are pruned every 10 minutes; ' +
  'without `after` the feed starts at the oldest change kept. Cursors are opaque and signed: an altered one is ' +
  '400 INVALID_CURSOR. graph:admin.'

const changes: FastifyPluginAsyncTypebox = async app => {
  const feed = app.changeFeed
  // Open follow streams end when the server closes, so shutdown does not wait for their clients.
  const open = new Set<AbortController>()
  app.addHook('preClose', async () => { for (const c of open) c.abort() })

  app.get('/changes', {
    onRequest: app.auth.admin,
    schema: {
      tags,
      summary: 'The change feed, oldest first',
      description: 'Every follow, unfollow, request, accept, reject, follower removal, block, unblock, mute, unmute ' +
        'and user create/update/delete, oldest first; `limit` 1..1000 (default 100). `next` is never null: resume ' +
        'with ?after=<next> (it equals `after` when nothing is new). ' + consistency,
      querystring: ChangesQuery,
      response: { 200: ChangesPage, ...errors(400, 401, 403, 503) }
    }
  }, async request => await feed.page(request.query.after, request.query.limit ?? 100))

  app.get('/changes/latest', {
    onRequest: app.auth.admin,
    schema: {
      tags,
      summary: 'The feed\'s current end',
      description: 'A cursor after every change readable now: start a reader here to see only what comes next. ' + consistency,
      response: { 200: ChangesLatest, ...errors(401, 403, 503) }
    }
  }, async () => ({ next: await feed.latest() }))

  app.get('/changes/stream', {
    onRequest: app.auth.admin,
    schema: {
      tags,
      summary: 'The change feed as an NDJSON stream',
      description: 'The same entries as GET /v1/changes ({cursor, at, type, actor, target}, one a line) after `after` ' +
        '(or from the oldest kept). Without `follow` the stream ends at the feed\'s current end; with follow=true it ' +
        'stays open and sends each change as it becomes readable (polled every second), until the client disconnects. ' +
        'Resume a broken stream with the last line\'s cursor. ' + consistency,
      querystring: ChangesStreamQuery,
      response: { 200: ndjsonResponse(Change, 'NDJSON, one change a line'), ...errors(400, 401, 403, 503) }
    }
  }, async (request, reply) => {
    const { after, follow = false } = request.query
    if (after !== undefined) app.cursors.decode('changes', after) // 400 INVALID_CURSOR before the stream starts
    const abort = new AbortController()
    open.add(abort)
    reply.raw.once('close', () => { abort.abort(); open.delete(abort) })
    const stream = await ndjsonStream(feed.stream(after, { follow, signal: abort.signal }), { live: follow })
    // A followed stream may wait long for its first change: send the status and headers now, so a client
    // knows at once that it is connected (Node holds them back until the first body byte otherwise).
    if (follow) reply.raw.once('pipe', () => { reply.raw.flushHeaders() })
    return await reply.type(ndjsonType).send(stream)
  })
}

export default changes
