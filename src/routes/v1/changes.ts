// The change feed for pipelines: pages, the current end, and an NDJSON stream (src/plugins/app/change-feed.ts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ndjsonResponse, ndjsonStream, ndjsonType } from '../../ndjson.js'
import { Change, ChangesLatest, ChangesPage, ChangesQuery, ChangesStreamQuery } from '../../schemas/changes.js'
import { errors } from '../../schemas/common.js'
import { rules } from '../../access-policy.js'

const tags = ['pipelines']

const consistency = 'Consistency: each change is written by the transaction that makes it and stamped with the ' +
  'database\'s clock by its last statement. Transactions can commit out of order, so the feed holds back its ' +
  'newest CHANGES_LAG_MS (default 3000 ms), and never serves past the start of the oldest transaction still open ' +
  '(a change is stamped no earlier than its transaction\'s start): only changes before that horizon are served, in ' +
  '(at, id) order. A reader that resumes from `next` therefore never misses a change and never sees one twice, ' +
  'even when a long bulk import batch commits late; a long-open transaction (e.g. an export stream) only delays ' +
  'the feed. Changes of one transaction share their `at`. Retention: changes older than CHANGES_RETENTION_DAYS (default 7) are pruned every 10 minutes; ' +
  'without `after` the feed starts at the oldest change kept; a cursor behind a change that retention deleted is 410 ' +
  'CURSOR_EXPIRED (the reader missed changes: re-sync from an export, then start at /v1/changes/latest); a quiet ' +
  'feed never expires a cursor. Cursors are opaque and signed with CURSOR_SECRET (a cursor signed with ' +
  'CURSOR_SECRET_PREVIOUS is still accepted while a key is rotated): an altered one, or one made with another key, ' +
  'is 400 INVALID_CURSOR. The feed is read from the writer (the cluster leader), which sees every open ' +
  'transaction. graph:admin.'

const changes: FastifyPluginAsyncTypebox<{ idleMs: number }> = async (app, { idleMs }) => {
  const feed = app.changeFeed
  // Open follow streams end when the server closes, so shutdown does not wait for their clients.
  const open = new Set<AbortController>()
  app.addHook('preClose', async () => { for (const c of open) c.abort() })

  app.get('/changes', {
    config: { access: rules.admin },
    schema: {
      tags,
      summary: 'The change feed, oldest first',
      description: 'Every follow, unfollow, request, accept, reject, follower removal, block, unblock, mute, unmute ' +
        'and user create/update/delete, oldest first; `limit` 1..1000 (default 100). `next` is never null: resume ' +
        'with ?after=<next> (it equals `after` when nothing is new). ' + consistency,
      querystring: ChangesQuery,
      response: { 200: ChangesPage, ...errors(400, 401, 403, 410, 503) }
    }
  }, async request => await feed.page(request.query.after, request.query.limit ?? 100))

  app.get('/changes/latest', {
    config: { access: rules.admin },
    schema: {
      tags,
      summary: 'The feed\'s current end',
      description: 'A cursor after every change readable now: start a reader here to see only what comes next. ' + consistency,
      response: { 200: ChangesLatest, ...errors(401, 403, 503) }
    }
  }, async () => ({ next: await feed.latest() }))

  app.get('/changes/stream', {
    config: { access: rules.admin },
    schema: {
      tags,
      summary: 'The change feed as an NDJSON stream',
      description: 'The same entries as GET /v1/changes ({cursor, at, type, actor, target}, one a line) after `after` ' +
        '(or from the oldest kept). Without `follow` the stream ends at the feed\'s current end; with follow=true it ' +
        'stays open and sends each change as it becomes readable (polled every second), until the client disconnects or ' +
        'STREAM_IDLE_TIMEOUT_MS (default 60 s) pass without a change: the stream then ends, and the client resumes. ' +
        'A client that reads nothing for that long is cut off (its database transaction is released). ' +
        'Resume a broken stream with the last line\'s cursor. ' + consistency,
      querystring: ChangesStreamQuery,
      response: { 200: ndjsonResponse(Change, 'NDJSON, one change a line'), ...errors(400, 401, 403, 410, 503) }
    }
  }, async (request, reply) => {
    const { after, follow = false } = request.query
    // 400 INVALID_CURSOR or 410 CURSOR_EXPIRED before the stream starts.
    if (after !== undefined) await feed.page(after, 1)
    const abort = new AbortController()
    open.add(abort)
    reply.raw.once('close', () => { abort.abort(); open.delete(abort) })
    const stream = await ndjsonStream(feed.stream(after, { follow, signal: abort.signal, idleMs }), { live: follow, idleMs })
    // A followed stream may wait long for its first change: send the status and headers now, so a client
    // knows at once that it is connected (Node holds them back until the first body byte otherwise).
    if (follow) reply.raw.once('pipe', () => { reply.raw.flushHeaders() })
    return await reply.type(ndjsonType).send(stream)
  })
}

export default changes
