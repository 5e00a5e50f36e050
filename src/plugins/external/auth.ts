// Bearer JWTs (@fastify/jwt). The algorithm is pinned by configuration, `exp` is required, `iss`/`aud` are
// checked when configured. Claims: `sub` (the acting user; absent in service tokens) and `scope`.
// `app.authenticate(request)` verifies a request's token (401 UNAUTHORIZED otherwise); the /v1 scope calls it
// for every request (src/plugins/app/access.ts), which then applies the access policy.
import fastifyJwt from '@fastify/jwt'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Principal } from '../../access-policy.js'
import type { JwtConfig } from '../../config.js'
import { userIdPattern } from '../../schemas/common.js'
import { InvalidToken, Unauthorized } from '../../errors.js'

export type Scope = 'graph:read' | 'graph:write' | 'graph:admin'

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub?: unknown, scope?: string }
    user: Principal
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The verified caller of a request; throws 401 UNAUTHORIZED for a missing, malformed, expired or badly signed token. */
    authenticate: (request: FastifyRequest) => Promise<Principal>
  }
  interface FastifyRequest {
    principal: Principal
  }
}

/**
 * The acting user of a token: none (a service token) only when `sub` is absent. A `sub` that is present but not a
 * user id (empty, not a string, not 1-64 of [A-Za-z0-9_-]) is refused (401 INVALID_TOKEN), never taken as a
 * service token (API.md v1.2, "Tokens").
 */
function subjectOf (sub: unknown): string | null {
  if (sub === undefined) return null
  if (typeof sub === 'string' && userIdPattern.test(sub)) return sub
  throw new InvalidToken('the token\'s sub claim is not a user id')
}

export default fp(async (app, opts: { jwt: JwtConfig }) => {
  const { algorithm, key, issuer, audience } = opts.jwt
  await app.register(fastifyJwt, {
    secret: algorithm === 'HS256' ? key : { public: key },
    sign: { algorithm },
    verify: {
      algorithms: [algorithm],
      // A bounded LRU of verified tokens (fast-jwt's own: an entry lives until the token's exp, at most 10
      // minutes), so that a caller's token is checked once rather than on every request.
      cache: 10_000,
      // fast-jwt checks iss/aud only when the token carries them: a configured one must also be present.
      requiredClaims: ['exp', ...(issuer !== undefined ? ['iss'] : []), ...(audience !== undefined ? ['aud'] : [])],
      ...(issuer !== undefined && { allowedIss: issuer }),
      ...(audience !== undefined && { allowedAud: audience })
    },
    formatUser: payload => ({
      sub: subjectOf(payload.sub),
      scopes: new Set(typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [])
    })
  })

  app.decorateRequest('principal', null as unknown as Principal)
  app.decorate('authenticate', async (request: FastifyRequest): Promise<Principal> => {
    try {
      return await request.jwtVerify<Principal>()
    } catch (err) {
      if (err instanceof InvalidToken) throw err
      throw new Unauthorized(err instanceof Error ? err.message : 'invalid token')
    }
  })
}, { name: 'auth' })
