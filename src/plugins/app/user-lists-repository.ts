// Lists and moderation lists as the routes see them (API.md, "Lists and moderation lists"): pages with viewer
// filtering, and the writes (list creates and deletions, members, subscriptions), each an op of the write path
// (app.writes, the write engine) whose outcome becomes the status and body of the route (a refusal, the API's error).
// Who may read what is the access policy's (src/access-policy.ts), declared by each route.
import fp from 'fastify-plugin'
import { firstPage, type Cursors, type Page } from '../../cursors.js'
import type { Database } from '../../database.js'
import { viewerOf, type Principal } from '../../access-policy.js'
import { ListNotFound, UserNotFound } from '../../errors.js'
import { getList, listedInPage, listOf, listsPage, memberOf, membersPage, subscriptionsPage, type ListedInRow, type SubscriptionRow } from '../../queries/user-lists.js'
import { userExists } from '../../queries/users.js'
import { defaultLimit } from '../../schemas/pagination.js'
import type { ListItem } from '../../schemas/relationships.js'
import type { List, ListPut, Subscription, SubscriptionKind } from '../../schemas/user-lists.js'
import type { Writes } from './write-path.js'

declare module 'fastify' {
  interface FastifyInstance {
    userLists: ReturnType<typeof createUserListsRepository>
  }
}

export interface PageOptions { limit?: number, cursor?: string }

export function createUserListsRepository (db: Database, cursors: Cursors, { submit }: Pick<Writes, 'submit'>) {

  /** A page that is empty because its owner (and list) does not exist is a 404. */
  async function checkEmpty (rows: unknown[], id: string, list?: string): Promise<void> {
    if (rows.length > 0) return
    if (!await userExists(db, id)) throw new UserNotFound(id)
    if (list !== undefined && await getList(db, id, list) === undefined) throw new ListNotFound(id, list)
  }

  const start = (scope: string, o: PageOptions) => ({ ...cursors.start(scope, o.cursor), limit: (o.limit ?? defaultLimit) + 1 })

  return {
    async get (owner: string, list: string): Promise<List> {
      const found = await getList(db, owner, list)
      if (found === undefined) {
        if (!await userExists(db, owner)) throw new UserNotFound(owner)
        throw new ListNotFound(owner, list)
      }
      return found
    },

    async lists (id: string, o: PageOptions): Promise<Page<List>> {
      const scope = `lists:${id}`
      const rows = await listsPage(db, id, start(scope, o))
      await checkEmpty(rows, id)
      return cursors.page(scope, rows, o.limit ?? defaultLimit, r => ({ since: r.createdAt, id: r.id }))
    },

    /** A list's members as this principal is shown them: a user token never sees users in a block relation with it. */
    async members (owner: string, list: string, principal: Principal, o: PageOptions): Promise<Page<ListItem>> {
      const key = `${owner}/${list}`
      const scope = `members:${key}`
      const rows = await membersPage(db, key, viewerOf(principal, owner), start(scope, o))
      await checkEmpty(rows, owner, list)
      return cursors.page(scope, rows, o.limit ?? defaultLimit)
    },

    /**
     * The first `limit` members of a list as `viewer` reads it (the bulk follow's `{list}` form: "follow all"),
     * or a 404 for an unknown owner or list.
     */
    async firstMembers (owner: string, list: string, viewer: string | null, limit: number): Promise<string[]> {
      const rows = await membersPage(db, `${owner}/${list}`, viewer === owner ? null : viewer, { ...firstPage, limit })
      await checkEmpty(rows, owner, list)
      return rows.map(r => r.id)
    },

    async listedIn (id: string, o: PageOptions): Promise<Page<ListedInRow>> {
      const scope = `listed-in:${id}`
      const rows = await listedInPage(db, id, start(scope, o))
      await checkEmpty(rows, id)
      return cursors.page(scope, rows, o.limit ?? defaultLimit, r => ({ since: r.since, id: r.key }))
    },

    async subscriptions (kind: SubscriptionKind, id: string, o: PageOptions): Promise<Page<SubscriptionRow>> {
      const scope = `list-${kind}s:${id}`
      const rows = await subscriptionsPage(db, kind, id, start(scope, o))
      await checkEmpty(rows, id)
      return cursors.page(scope, rows, o.limit ?? defaultLimit, r => ({ since: r.since, id: r.key }))
    },

    /** Creates or updates a list; created says which (201 / 200). */
    async put (id: string, list: string, body: ListPut): Promise<{ created: boolean, list: List }> {
      const answer = await submit({ kind: 'putList', id, owner: id, list, name: body.name, purpose: body.purpose, description: body.description ?? '' })
      return { created: answer.outcome === 'CREATED', list: listOf(answer.list!) }
    },

    /** Deletes a list, its members and its subscriptions. Idempotent. */
    async remove (id: string, list: string): Promise<void> {
      await submit({ kind: 'deleteList', id, owner: id, list })
    },

    /** Adds a member; created says whether it is new (201 / 200). Answers the member as the members page lists it. */
    async addMember (id: string, list: string, member: string): Promise<{ created: boolean, member: ListItem }> {
      const answer = await submit({ kind: 'addMember', id, owner: id, list, member })
      return { created: answer.outcome === 'ADDED', member: memberOf(answer.member!) }
    },

    async removeMember (id: string, list: string, member: string): Promise<void> {
      await submit({ kind: 'removeMember', id, owner: id, list, member })
    },

    /** Subscribes id to owner/list as a block or mute list; created says whether the subscription is new. */
    async subscribe (kind: SubscriptionKind, id: string, owner: string, list: string): Promise<{ created: boolean, subscription: Subscription }> {
      const answer = await submit({ kind: 'subscribe', type: kind, id, owner, list })
      const { since, ...subscribed } = answer.subscription!
      return { created: answer.outcome === 'SUBSCRIBED', subscription: { ...listOf(subscribed), since: new Date(since).toISOString() } }
    },

    async unsubscribe (kind: SubscriptionKind, id: string, owner: string, list: string): Promise<void> {
      await submit({ kind: 'unsubscribe', type: kind, id, owner, list })
    }
  }
}

export default fp(async app => {
  app.decorate('userLists', createUserListsRepository(app.db, app.cursors, app.writes))
}, { name: 'user-lists-repository', dependencies: ['neo4j', 'cursors', 'write-path'] })
