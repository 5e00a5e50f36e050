// Mutes as the routes see them: rules 1-2 of the API (SELF_RELATION, USER_NOT_FOUND) and the pair lock come
// from withPairLock, like every relationship write; `until` must be in the future; the change is recorded last.
import fp from 'fastify-plugin'
import type { Cursors, Page } from '../../cursors.js'
import type { Database } from '../../database.js'
import { UserNotFound, Validation } from '../../errors.js'
import { recordChange } from '../../queries/changes.js'
import { muteUser, mutesPage, unmuteUser, type MuteRow } from '../../queries/mutes.js'
import { getUser } from '../../queries/users.js'
import { withPairLock } from './graph-repository.js'

declare module 'fastify' {
  interface FastifyInstance {
    mutesRepository: ReturnType<typeof createMutesRepository>
  }
}

export function createMutesRepository (db: Database, cursors: Cursors) {
  return {
    /** Mutes target until `until` (or for ever); created is false when an unexpired mute was updated. */
    async mute (id: string, target: string, until: string | null): Promise<{ created: boolean, mute: MuteRow }> {
      if (until !== null && Date.parse(until) <= Date.now()) throw new Validation('body/until must be in the future')
      return await withPairLock(db, id, target, async tx => {
        const result = await muteUser(tx, { id, target, until })
        await recordChange(tx, 'mute', id, target)
        return result
      })
    },

    /** Idempotent; records `unmute` only when an unexpired mute was removed. */
    async unmute (id: string, target: string): Promise<void> {
      await withPairLock(db, id, target, async tx => {
        if (await unmuteUser(tx, { id, target })) await recordChange(tx, 'unmute', id, target)
      })
    },

    async page (id: string, cursor: string | undefined, limit: number): Promise<Page<MuteRow>> {
      const scope = `mutes:${id}`
      const rows = await mutesPage(db, { id, ...cursors.start(scope, cursor), limit: limit + 1 })
      if (rows.length === 0 && await getUser(db, id) === undefined) throw new UserNotFound(id)
      return cursors.page(scope, rows, limit)
    }
  }
}

export default fp(async app => {
  app.decorate('mutesRepository', createMutesRepository(app.db, app.cursors))
}, { name: 'mutes-repository', dependencies: ['neo4j', 'cursors', 'graph-repository'] })
