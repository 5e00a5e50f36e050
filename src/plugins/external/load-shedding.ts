// Load shedding: at most maxInFlight /v1 requests are worked on at once; one more is answered 503 OVERLOADED with
// Retry-After at once, from the first hook (before authentication, body parsing or any query), so a shed write
// has not happened. Without the bound, 1,024 connections kept a followers page's throughput but queued for up
// to 10 s (BENCHMARKS.md): callers timed out instead of backing off.
// A request holds its place until its answer is handed to the socket (onSend; onResponse should an answer skip
// it): a streamed answer (an export, a followed change feed) counts until its first byte, so open streams never
// lock the API out. A caller that hangs up does not free the place: its work goes on until its answer.
// @fastify/under-pressure was not used: it sheds on event-loop delay, heap or RSS sampled each interval, and
// the cost of overload here is queueing in Neo4j and the driver's pool, which only a bound on concurrency caps.
// Operations routes (/healthz, /readyz, /metrics, /docs, /openapi.json) are outside /v1 and never shed.
import type { FastifyReply } from 'fastify'
import fp from 'fastify-plugin'
import { ErrorResponse } from '../../schemas/common.js'
import { errorBody } from './errors.js'

/** Seconds a shed caller is told to wait. */
export const retryAfterSeconds = 1

const overloaded = JSON.stringify(errorBody(503, 'OVERLOADED', 'too many requests in flight; retry after the Retry-After header\'s seconds'))

function shed (reply: FastifyReply): void {
  void reply.code(503).header('retry-after', String(retryAfterSeconds)).type('application/json').send(overloaded)
}

export default fp(async (app, opts: { maxInFlight: number }) => {
  let inFlight = 0
  const held = new WeakSet<FastifyReply>()
  app.addHook('onRequest', (request, reply, done) => {
    if (request.routeOptions.url?.startsWith('/v1/') !== true) {
      done()
      return
    }
    if (inFlight >= opts.maxInFlight) {
      shed(reply)
      return
    }
    inFlight++
    held.add(reply)
    done()
  })
  const release = (reply: FastifyReply): void => { if (held.delete(reply)) inFlight-- }
  app.addHook('onSend', (_request, reply, payload, done) => {
    release(reply)
    done(null, payload)
  })
  app.addHook('onResponse', (_request, reply, done) => {
    release(reply)
    done()
  })
}, { name: 'load-shedding' })

const description = 'OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); ' +
  'nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT.'

interface Response { description?: string, headers?: Record<string, unknown>, content?: unknown }
interface Operation { responses?: Record<string, Response> }

/** Adds the 503 OVERLOADED answer, with its Retry-After header, to every /v1 operation. */
export function documentOverload (document: { components?: Record<string, unknown>, paths?: Record<string, Record<string, Operation>> }): void {
  const components = (document.components ??= {}) as Record<string, Record<string, unknown>>
  ;(components.headers ??= {}).RetryAfter = {
    description: 'Seconds to wait before trying again',
    schema: { type: 'integer', minimum: 0 }
  }
  for (const [path, methods] of Object.entries(document.paths ?? {})) {
    if (!path.startsWith('/v1/')) continue
    for (const op of Object.values(methods)) {
      const responses = (op.responses ??= {})
      const known = responses['503']
      responses['503'] = {
        content: { 'application/json': { schema: ErrorResponse } },
        ...known,
        description,
        headers: { ...known?.headers, 'Retry-After': { $ref: '#/components/headers/RetryAfter' } }
      }
    }
  }
}
