// Users as the routes see them: PUT, PATCH and DELETE are ops of the write path (app.writes: the write engine's
// putUser, patchUser and deleteUser, src/queries/write-kinds.ts), whose refusals come back as the API's errors;
// reads answer USER_NOT_FOUND.
import fp from 'fastify-plugin'
import type { Database } from '../../database.js'
import { UserNotFound } from '../../errors.js'
import { getUser, getUserByUsername, userExists } from '../../queries/users.js'
import type { User, UserPatch, UserPut } from '../../schemas/users.js'
import type { Writes } from './write-path.js'

declare module 'fastify' {
  interface FastifyInstance {
    usersRepository: ReturnType<typeof createUsersRepository>
  }
}

export function createUsersRepository (db: Database, { submit }: Pick<Writes, 'submit'>) {
  return {
    /** Creates or replaces a user through the write path (a username taken: 409 USERNAME_TAKEN from there). */
    async put (id: string, body: UserPut): Promise<{ user: User, created: boolean }> {
      const answer = await submit({
        kind: 'putUser', id, username: body.username, name: body.name ?? '', private: body.private ?? false,
        hideNetwork: body.hideNetwork ?? false, discoverable: body.discoverable ?? true
      })
      return { user: answer.user!, created: answer.outcome === 'CREATED' }
    },

    async patch (id: string, body: UserPatch): Promise<User> {
      const answer = await submit({
        kind: 'patchUser', id, username: body.username ?? null, name: body.name ?? null, private: body.private ?? null,
        hideNetwork: body.hideNetwork ?? null, discoverable: body.discoverable ?? null
      })
      return answer.user!
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

    /**
     * Deletes the user, its lists (as DELETE of each list would: the engine settles the counters) and its edges
     * (an unknown id: 404 USER_NOT_FOUND from the write path).
     */
    async remove (id: string): Promise<void> {
      await submit({ kind: 'deleteUser', id })
    }
  }
}

export default fp(async app => {
  // The write path is registered after this plugin (src/app.ts): read at call time.
  app.decorate('usersRepository', createUsersRepository(app.db, { submit: async op => await app.writes.submit(op) }))
}, { name: 'users-repository', dependencies: ['neo4j'] })
