// `app.cursors`: the cursor codec (src/cursors.ts), keyed from CURSOR_SECRET (and CURSOR_SECRET_PREVIOUS).
import fp from 'fastify-plugin'
import type { AppConfig } from '../../config.js'
import { createCursors, type Cursors } from '../../cursors.js'

declare module 'fastify' {
  interface FastifyInstance {
    cursors: Cursors
  }
}

export default fp(async (app, opts: { config: AppConfig }) => {
  const { secret, previous } = opts.config.cursors
  app.decorate('cursors', createCursors(secret, previous))
}, { name: 'cursors' })
