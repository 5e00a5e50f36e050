// Mutes as the list route sees them (the writes go through relationship-writes.ts).
import fp from 'fastify-plugin'
import type { Cursors, Page } from '../../cursors.js'
import type { Database } from '../../database.js'
import { UserNotFound } from '../../errors.js'
import { mutesPage } from '../../queries/mutes.js'
import { userExists } from '../../queries/users.js'
import type { Mute } from '../../schemas/mutes.js'

declare module 'fastify' {
  interface FastifyInstance {
    mutesRepository: ReturnType<typeof createMutesRepository>
  }
}

export function createMutesRepository (db: Database, cursors: Cursors) {
  return {
    async page (id: string, cursor: string | undefined, limit: number): Promise<Page<Mute>> {
      const scope = `mutes:${id}`
      const rows = await mutesPage(db, { id, ...cursors.start(scope, cursor), limit: limit + 1 })
      if (rows.length === 0 && !await userExists(db, id)) throw new UserNotFound(id)
      return cursors.page(scope, rows, limit)
    }
  }
}

export default fp(async app => {
  app.decorate('mutesRepository', createMutesRepository(app.db, app.cursors))
}, { name: 'mutes-repository', dependencies: ['neo4j', 'cursors'] })
