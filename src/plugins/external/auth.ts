// Bearer JWTs (@fastify/jwt). The algorithm is pinned by configuration, `exp` is required, `iss`/`aud` are
// checked when configured. Claims: `sub` (the acting user; absent in service tokens) and `scope`.
// Routes pick a guard: `app.auth.read`, `app.auth.ownView(param)`, `app.auth.writeAs(param)`, `app.auth.admin`.
import fastifyJwt from '@fastify/jwt'
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import type { JwtConfig } from '../../config.js'
import { Forbidden, Unauthorized } from '../../errors.js'

export type Scope = 'graph:read' | 'graph:write' | 'graph:admin'

/** Who is calling: the token's user (if any) and its scopes. */
export interface Principal {
  sub: string | null
  scopes: ReadonlySet<string>
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub?: string, scope?: string }
    user: Principal
  }
}

type Guard = onRequestAsyncHookHandler

declare module 'fastify' {
  interface FastifyInstance {
    auth: {
      /** Any reader: graph:read or graph:admin. */
      read: Guard
      /** The user's own views: `sub == params[param]` or a service token (no sub), with read rights. */
      ownView: (param: string) => Guard
      /** Writes on behalf of `params[param]`: that user with graph:write, or graph:admin. */
      writeAs: (param: string) => Guard
      /** graph:admin only (export, import, change feed). */
      admin: Guard
    }
  }
  interface FastifyRequest {
    principal: Principal
  }
}

export const isAdmin = (p: Principal): boolean => p.scopes.has('graph:admin')
export const canRead = (p: Principal): boolean => isAdmin(p) || p.scopes.has('graph:read')
/** A service token (no `sub`) or the user itself: the only readers of a user's own views. */
export const isSelfOrService = (p: Principal, id: string): boolean => p.sub === null || p.sub === id || isAdmin(p)

function param (request: FastifyRequest, name: string): string {
  return (request.params as Record<string, string>)[name] ?? ''
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

  async function authenticate (request: FastifyRequest): Promise<Principal> {
    try {
      return await request.jwtVerify<Principal>()
    } catch (err) {
      throw new Unauthorized(err instanceof Error ? err.message : 'invalid token')
    }
  }

  const guard = (allowed: (p: Principal, request: FastifyRequest) => string | null): Guard =>
    async (request: FastifyRequest, _reply: FastifyReply) => {
      const principal = await authenticate(request)
      request.principal = principal
      const refusal = allowed(principal, request)
      if (refusal !== null) throw new Forbidden(refusal)
    }

  app.decorateRequest('principal', null as unknown as Principal)
  app.decorate('auth', {
    read: guard(p => canRead(p) ? null : 'graph:read scope required'),
    ownView: (name: string) => guard((p, request) => {
      if (!canRead(p)) return 'graph:read scope required'
      return isSelfOrService(p, param(request, name)) ? null : "only the user itself or a service token may read this user's own views"
    }),
    writeAs: (name: string) => guard((p, request) => {
      if (isAdmin(p)) return null
      if (!p.scopes.has('graph:write')) return 'graph:write scope required'
      return p.sub === param(request, name) ? null : 'a token may only write on behalf of its own user (or use graph:admin)'
    }),
    admin: guard(p => isAdmin(p) ? null : 'graph:admin scope required')
  })
}, { name: 'auth' })
