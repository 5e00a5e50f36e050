// Per-caller rate limiting (@fastify/rate-limit), off unless RATE_LIMIT_MAX > 0. The key is the verified
// token's `sub`, or the token itself (hashed) for service tokens, or the IP when there is no valid token:
// a forged token cannot spend another user's budget, and it counts against its sender's IP.
// Health, readiness and metrics are exempt so probes and scrapes never see 429.
import { createHash } from 'node:crypto'
import rateLimit from '@fastify/rate-limit'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { AppConfig } from '../../config.js'
import { RateLimited } from '../../errors.js'

const exempt = new Set(['/healthz', '/readyz', '/metrics'])

function bearerToken (request: FastifyRequest): string | undefined {
  const header = request.headers.authorization
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null
  return match?.[1]
}

export default fp(async (app, opts: { rateLimit: AppConfig['rateLimit'] }) => {
  const { max, windowMs } = opts.rateLimit
  if (max === 0) return

  function callerKey (request: FastifyRequest): string {
    const jwt = bearerToken(request)
    if (jwt !== undefined) {
      try {
        const claims = app.jwt.verify<{ sub?: unknown }>(jwt)
        if (typeof claims.sub === 'string' && claims.sub !== '') return `sub:${claims.sub}`
        return `token:${createHash('sha256').update(jwt).digest('base64url')}`
      } catch {
        // An invalid token is refused by the route's guard; its sender is counted by address.
      }
    }
    return `ip:${request.ip}`
  }

  await app.register(rateLimit, {
    // Not per route: the plugin would run after a route's auth guard, so requests without a valid token would
    // never be counted. One root hook runs before every guard instead.
    global: false,
    max,
    timeWindow: windowMs,
    keyGenerator: callerKey,
    allowList: request => exempt.has(request.url.split('?')[0] ?? ''),
    errorResponseBuilder: (_request, context) => new RateLimited(context.after)
  })
  app.addHook('onRequest', app.rateLimit())
}, { name: 'rate-limit', dependencies: ['auth'] })
