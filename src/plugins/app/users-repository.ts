// Users as the routes see them: domain errors (USER_NOT_FOUND, USERNAME_TAKEN) instead of driver errors,
// and every write in one transaction.
import fp from 'fastify-plugin'
import { isConstraintViolation, type Database, type Tx } from '../../database.js'
import { UserNotFound, UsernameTaken } from '../../errors.js'
import { recordChange } from '../../queries/changes.js'
import { ownedLists } from '../../queries/user-lists.js'
import { deleteUser, getUser, getUserByUsername, updateUser, upsertUser, userExists, type UserWrite } from '../../queries/users.js'
import { applyWrites } from '../../queries/writes.js'
import type { User, UserPatch, UserPut } from '../../schemas/users.js'

declare module 'fastify' {
  interface FastifyInstance {
    usersRepository: ReturnType<typeof createUsersRepository>
  }
}

/** Hooks that other areas add to user writes, run inside the same transaction. */
export interface UserWriteHooks {
  /** After a private account became public. */
  becamePublic: Array<(tx: Tx, id: string) => Promise<void>>
}

export function createUsersRepository (db: Database) {
  const hooks: UserWriteHooks = { becamePublic: [] }

  async function afterWrite (tx: Tx, w: UserWrite): Promise<void> {
    if (w.wasPrivate && !w.user.private) for (const hook of hooks.becamePublic) await hook(tx, w.user.id)
  }

  async function usernameGuard<T>(username: string | undefined, work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } catch (err) {
      if (isConstraintViolation(err)) throw new UsernameTaken(username ?? '')
      throw err
    }
  }

  return {
    hooks,

    async put (id: string, body: UserPut): Promise<{ user: User, created: boolean }> {
      return await usernameGuard(body.username, async () => await db.transaction('WRITE', async tx => {
        const w = await upsertUser(tx, {
          id, username: body.username, name: body.name ?? '', private: body.private ?? false,
          hideNetwork: body.hideNetwork ?? false, discoverable: body.discoverable ?? true
        })
        await afterWrite(tx, w)
        await recordChange(tx, w.created ? 'user.created' : 'user.updated', id)
        return { user: w.user, created: w.created }
      }))
    },

    async patch (id: string, body: UserPatch): Promise<User> {
      return await usernameGuard(body.username, async () => await db.transaction('WRITE', async tx => {
        const w = await updateUser(tx, {
          id, username: body.username ?? null, name: body.name ?? null, private: body.private ?? null,
          hideNetwork: body.hideNetwork ?? null, discoverable: body.discoverable ?? null
        })
        if (w === undefined) throw new UserNotFound(id)
        await afterWrite(tx, w)
        await recordChange(tx, 'user.updated', id)
        return w.user
      }))
    },

    async get (id: string): Promise<User> {
      const user = await getUser(db, id)
      if (user === undefined) throw new UserNotFound(id)
      return user
    },

    async exists (id: string): Promise<boolean> {
      return await userExists(db, id)
    },

    async getByUsername (username: string): Promise<User> {
      const user = await getUserByUsername(db, username)
      if (user === undefined) throw new UserNotFound(username)
      return user
    },

    /** Deletes the user, its lists (as DELETE of each list would: the write path settles the counters) and its edges. */
    async remove (id: string): Promise<void> {
      const deleted = await db.transaction('WRITE', async tx => {
        const lists = await ownedLists(tx, id)
        await applyWrites(tx, lists.map(list => ({ kind: 'deleteList' as const, id, owner: id, list })))
        const found = await deleteUser(tx, id)
        if (found) await recordChange(tx, 'user.deleted', id)
        return found
      })
      if (!deleted) throw new UserNotFound(id)
    }
  }
}

export default fp(async app => {
  app.decorate('usersRepository', createUsersRepository(app.db))
}, { name: 'users-repository', dependencies: ['neo4j'] })
