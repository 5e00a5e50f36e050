// Bearer JWTs (@fastify/jwt). The algorithm is pinned by configuration, `exp` is required, `iss`/`aud` are
// checked when configured. Claims: `sub` (the acting user; absent in service tokens) and `scope`.
// `app.authenticate(request)` verifies a request's token (401 UNAUTHORIZED otherwise); the /v1 scope calls it
// for every request (src/plugins/app/access.ts), which then applies the access policy.
import fastifyJwt from '@fastify/jwt'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Principal } from '../../access-policy.js'
import type { JwtConfig } from '../../config.js'
import { Unauthorized } from '../../errors.js'

export type Scope = 'graph:read' | 'graph:write' | 'graph:admin'

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub?: string, scope?: string }
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

export default fp(async (app, opts: { jwt: JwtConfig }) => {
  const { algorithm, key, issuer, audience } = opts.jwt
  await app.register(fastifyJwt, {
    secret: algorithm === 'HS256' ? key : { public: key },
    sign: { algorithm },
    verify: {
      algorithms: [algorithm],
      // fast-jwt checks iss/aud only when the token carries them: a configured one must also be present.
      requiredClaims: ['exp', ...(issuer !== undefined ? ['iss'] : []), ...(audience !== undefined ? ['aud'] : [])],
      ...(issuer !== undefined && { allowedIss: issuer }),
      ...(audience !== undefined && { allowedAud: audience })
    },
    formatUser: payload => ({
      sub: typeof payload.sub === 'string' && payload.sub !== '' ? payload.sub : null,
      scopes: new Set(typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [])
    })
  })

  app.decorateRequest('principal', null as unknown as Principal)
  app.decorate('authenticate', async (request: FastifyRequest): Promise<Principal> => {
    try {
      return await request.jwtVerify<Principal>()
    } catch (err) {
      throw new Unauthorized(err instanceof Error ? err.message : 'invalid token')
    }
  })
}, { name: 'auth' })
