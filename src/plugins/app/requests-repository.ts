// Follow requests: the owner's incoming list. Accept and reject are relationship writes
// (relationship-writes.ts); a private account made public accepts every pending request (the write engine's
// user kinds, src/queries/write-kinds.ts).
import fp from 'fastify-plugin'
import type { Database } from '../../database.js'
import type { Cursors, Page } from '../../cursors.js'
import { UserNotFound } from '../../errors.js'
import { requestsPage } from '../../queries/requests.js'
import { userExists } from '../../queries/users.js'
import type { ListItem } from '../../schemas/relationships.js'

declare module 'fastify' {
  interface FastifyInstance {
    requestsRepository: ReturnType<typeof createRequestsRepository>
  }
}

export function createRequestsRepository (db: Database, cursors: Cursors) {
  return {
    async page (id: string, cursor: string | undefined, limit: number): Promise<Page<ListItem>> {
      const scope = `follow-requests:${id}`
      const rows = await requestsPage(db, { id, ...cursors.start(scope, cursor), limit: limit + 1 })
      if (rows.length === 0 && !await userExists(db, id)) throw new UserNotFound(id)
      return cursors.page(scope, rows, limit)
    }
  }
}

export default fp(async app => {
  app.decorate('requestsRepository', createRequestsRepository(app.db, app.cursors))
}, { name: 'requests-repository', dependencies: ['neo4j', 'cursors'] })
