// `app.cursors`: the list cursor codec (src/cursors.ts), keyed from the configuration.
import fp from 'fastify-plugin'
import type { AppConfig } from '../../config.js'
import { createCursors, type Cursors } from '../../cursors.js'

declare module 'fastify' {
  interface FastifyInstance {
    cursors: Cursors
  }
}

/**
 * Secret input of the cursor key: the JWT key and the Neo4j password. Every instance of the service has both,
 * so cursors work across instances and restarts. The JWT key alone is not enough when it is a *public* key
 * (RS256/ES256): anyone could then forge cursors; the database password is never public.
 */
export function cursorSecret (config: AppConfig): string {
  return `${config.jwt.key}\n${config.neo4j.password}`
}

export default fp(async (app, opts: { config: AppConfig }) => {
  app.decorate('cursors', createCursors(cursorSecret(opts.config)))
}, { name: 'cursors' })
