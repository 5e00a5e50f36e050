// Follow requests: the owner's incoming list, and the becamePublic hook of user writes: a private account
// turned public accepts every pending request in that same transaction (the user update holds the user's
// lock, so no request comes or goes meanwhile). Accept and reject are relationship writes
// (relationship-writes.ts).
import { randomUUID } from 'node:crypto'
import fp from 'fastify-plugin'
import type { Database, Tx } from '../../database.js'
import type { Cursors, Page } from '../../cursors.js'
import { UserNotFound } from '../../errors.js'
import { recordChanges } from '../../queries/changes.js'
import { acceptAllRequests, requestsPage } from '../../queries/requests.js'
import { userExists } from '../../queries/users.js'
import type { ListItem } from '../../schemas/relationships.js'

declare module 'fastify' {
  interface FastifyInstance {
    requestsRepository: ReturnType<typeof createRequestsRepository>
  }
}

/** Changes are written in slices of this size, so no single statement carries 100,000 rows. */
const changeSlice = 10_000

/**
 * In the caller's transaction: every pending request to id becomes a FOLLOWS, each recorded as follow.accepted;
 * a request hidden by a list block is dropped instead, recorded as follow.rejected.
 */
export async function acceptEveryRequest (tx: Tx, id: string): Promise<number> {
  const { accepted, dropped } = await acceptAllRequests(tx, id)
  const changes = [
    ...accepted.map(requester => ({ type: 'follow.accepted' as const, actor: id, target: requester })),
    ...dropped.map(requester => ({ type: 'follow.rejected' as const, actor: id, target: requester }))
  ]
  const batch = randomUUID()
  for (let i = 0; i < changes.length; i += changeSlice) {
    await recordChanges(tx, `${batch}-${String(i / changeSlice).padStart(4, '0')}`, changes.slice(i, i + changeSlice))
  }
  return accepted.length
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
  app.usersRepository.hooks.becamePublic.push(async (tx, id) => { await acceptEveryRequest(tx, id) })
}, { name: 'requests-repository', dependencies: ['neo4j', 'cursors', 'users-repository'] })
