// Follow requests as the routes see them: the owner's incoming list, accept and reject (each in one
// transaction with the pair locked by withPairLock, like every relationship write; the change recorded last),
// and the becamePublic hook of user writes: a private account turned public accepts every pending request in
// that same transaction (the user update holds the user's lock, so no request comes or goes meanwhile).
import { randomUUID } from 'node:crypto'
import fp from 'fastify-plugin'
import type { Database, Tx } from '../../database.js'
import type { Cursors, Page } from '../../cursors.js'
import { BlockedByTarget, RequestNotFound, UnblockFirst, UserNotFound } from '../../errors.js'
import { recordChange, recordChanges } from '../../queries/changes.js'
import { acceptAllRequests, acceptRequest, rejectRequest, requestsPage, type RequestRow } from '../../queries/requests.js'
import { getUser } from '../../queries/users.js'
import { withPairLock } from './graph-repository.js'

declare module 'fastify' {
  interface FastifyInstance {
    requestsRepository: ReturnType<typeof createRequestsRepository>
  }
}

/** Changes are written in slices of this size, so no single statement carries 100,000 rows. */
const changeSlice = 10_000

/** In the caller's transaction: every pending request to id becomes a FOLLOWS, each recorded as follow.accepted. */
export async function acceptEveryRequest (tx: Tx, id: string): Promise<number> {
  const requesters = await acceptAllRequests(tx, id)
  const batch = randomUUID()
  for (let i = 0; i < requesters.length; i += changeSlice) {
    const slice = requesters.slice(i, i + changeSlice).map(requester => ({ type: 'follow.accepted' as const, actor: id, target: requester }))
    await recordChanges(tx, `${batch}-${String(i / changeSlice).padStart(4, '0')}`, slice)
  }
  return requesters.length
}

export function createRequestsRepository (db: Database, cursors: Cursors) {
  async function decide (id: string, requester: string, work: (tx: Tx) => Promise<boolean>, change: 'follow.accepted' | 'follow.rejected'): Promise<void> {
    await withPairLock(db, id, requester, async tx => {
      if (!await work(tx)) throw new RequestNotFound(requester, id)
      await recordChange(tx, change, id, requester)
    })
  }

  return {
    async page (id: string, cursor: string | undefined, limit: number): Promise<Page<RequestRow>> {
      const scope = `follow-requests:${id}`
      const rows = await requestsPage(db, { id, ...cursors.start(scope, cursor), limit: limit + 1 })
      if (rows.length === 0 && await getUser(db, id) === undefined) throw new UserNotFound(id)
      return cursors.page(scope, rows, limit)
    },

    /** requester's pending request to id becomes a FOLLOWS dated now; REQUEST_NOT_FOUND without one. */
    async accept (id: string, requester: string): Promise<void> {
      await decide(id, requester, async tx => {
        const outcome = await acceptRequest(tx, { id, requester })
        if (outcome === 'UNBLOCK_FIRST') throw new UnblockFirst(id, requester)
        if (outcome === 'BLOCKED_BY_TARGET') throw new BlockedByTarget(requester, id)
        return outcome === 'ACCEPTED'
      }, 'follow.accepted')
    },

    /** Drops requester's pending request to id; REQUEST_NOT_FOUND without one. */
    async reject (id: string, requester: string): Promise<void> {
      await decide(id, requester, async tx => await rejectRequest(tx, { id, requester }), 'follow.rejected')
    }
  }
}

export default fp(async app => {
  app.decorate('requestsRepository', createRequestsRepository(app.db, app.cursors))
  app.usersRepository.hooks.becamePublic.push(async (tx, id) => { await acceptEveryRequest(tx, id) })
}, { name: 'requests-repository', dependencies: ['neo4j', 'cursors', 'users-repository', 'graph-repository'] })
