// One error handler: every failure leaves as { statusCode, code, error, message } with a stable code.
// 5xx details are logged with the request and hidden from the caller.
import { STATUS_CODES } from 'node:http'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { bookmarkFailure } from '../../bookmarks.js'
import { isConstraintViolation, isTransient, isUnavailable } from '../../database.js'
import type { ErrorResponse } from '../../schemas/common.js'

/** Fastify's own error codes, mapped to the service's stable ones. */
const fastifyCodes: Record<string, { status: number, code: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'VALIDATION' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'VALIDATION' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'BODY_TOO_LARGE' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'VALIDATION' },
  FST_ERR_CTP_EMPTY_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  FST_ERR_CTP_INVALID_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  FST_ERR_BAD_URL: { status: 400, code: 'VALIDATION' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 400, code: 'VALIDATION' },
  FST_ERR_ASYNC_CONSTRAINT: { status: 400, code: 'VALIDATION' }
}

export function errorBody (statusCode: number, code: string, message: string): ErrorResponse {
  return { statusCode, code, error: STATUS_CODES[statusCode] ?? 'Error', message }
}

/** The answer an error gets: its status and stable code (the error handler's, and /metrics' for failed writes). */
export function classify (err: FastifyError): ErrorResponse {
  if (err.validation !== undefined) return errorBody(400, 'VALIDATION', err.message)
  const known = fastifyCodes[err.code]
  if (known !== undefined) return errorBody(known.status, known.code, err.message)
  const bookmark = bookmarkFailure(err)
  if (bookmark !== undefined) return errorBody(bookmark.status, bookmark.code, bookmark.message)
  if (isUnavailable(err)) return errorBody(503, 'DATABASE_UNAVAILABLE', 'the graph database is unavailable; retry later')
  if (err.code === 'OVERLOADED') return errorBody(503, 'OVERLOADED', err.message)
  // A uniqueness constraint broken by a concurrent write still, after the write path ran its batch again
  // (a username taken meanwhile, five times in a row): a conflict of the moment, safe to retry.
  if (isTransient(err) || isConstraintViolation(err)) return errorBody(503, 'DATABASE_BUSY', 'the graph database is busy with conflicting writes; retry shortly')
  const status = err.statusCode ?? 500
  if (status === 429) return errorBody(429, 'RATE_LIMITED', err.message)
  if (status >= 400 && status < 500 && typeof err.code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(err.code)) {
    return errorBody(status, err.code, err.message)
  }
  if (status >= 400 && status < 500) return errorBody(status, 'BAD_REQUEST', err.message)
  return errorBody(500, 'INTERNAL', 'internal error')
}

/**
 * Fastify's `frameworkErrors` option: errors raised before routing (a malformed URL, a path parameter over
 * the router's length limit) leave in the same shape as every other error, not Fastify's own.
 */
export function frameworkErrors (err: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const body = classify(err)
  void reply.code(body.statusCode).type('application/json').send(body)
}

/**
 * The methods each declared path answers: a request for a declared path with another method is 405 with
 * `Allow` (RFC 9110, 15.5.5), not 404. Paths as Fastify declares them (`:param` one segment, `*` the rest).
 */
export class DeclaredMethods {
  private readonly paths = new Map<string, { pattern: RegExp, methods: Set<string> }>()

  add (url: string, methods: string | string[]): void {
    // A catch-all (`*`) declares no path of its own.
    if (url === '*' || url === '/*') return
    let path = this.paths.get(url)
    if (path === undefined) {
      const source = url.split(/(:[A-Za-z0-9_]+|\*)/).map(part =>
        part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('')
      path = { pattern: new RegExp(`^${source}/?$`), methods: new Set() }
      this.paths.set(url, path)
    }
    for (const method of [methods].flat()) path.methods.add(method.toUpperCase())
  }

  /** The methods declared for a request path (sorted; none when no declared path matches it). */
  allowed (path: string): string[] {
    const methods = new Set<string>()
    for (const declared of this.paths.values()) if (declared.pattern.test(path)) for (const m of declared.methods) methods.add(m)
    return [...methods].sort()
  }
}

export default fp(async app => {
  const declared = new DeclaredMethods()
  app.addHook('onRoute', route => { declared.add(route.url, route.method) })
  // Before the body is read: a method a path does not declare is refused whatever its body.
  app.addHook('onRequest', async (request, reply) => {
    if (!request.is404) return
    const path = request.url.split('?')[0] ?? ''
    const allow = declared.allowed(path)
    if (allow.length === 0) return
    return await reply.code(405).header('allow', allow.join(', ')).type('application/json')
      .send(errorBody(405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed on ${path}: ${allow.join(', ')}`))
  })
  app.setErrorHandler(async (err: FastifyError, request, reply) => {
    const body = classify(err)
    if (body.code === 'UNSUPPORTED_MEDIA_TYPE') {
      // Name what this route reads: its declared `consumes` (the import: application/x-ndjson), else JSON.
      const accepted = (request.routeOptions.schema as { consumes?: string[] } | undefined)?.consumes ?? ['application/json']
      body.message = `unsupported content-type '${request.headers['content-type'] ?? ''}': send ${accepted.join(' or ')}`
    }
    // A 503 is temporary (Neo4j away or busy): say when to try again.
    if (body.statusCode === 503) void reply.header('retry-after', '1')
    if (body.statusCode >= 500) request.log.error({ err }, 'request failed')
    else request.log.info({ code: body.code, message: body.message }, 'request refused')
    return await reply.code(body.statusCode).type('application/json').send(body)
  })
  app.setNotFoundHandler(async (request, reply) =>
    await reply.code(404).send(errorBody(404, 'ROUTE_NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0] ?? ''}`)))
}, { name: 'errors' })
