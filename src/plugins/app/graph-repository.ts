// The follow graph as the read routes see it: lists, counts and lookups, with blocked and viewer filtering
// (who may read them at all is the access policy's: src/access-policy.ts). Writes: relationship-writes.ts.
import fp from 'fastify-plugin'
import type { Cursors, Page } from '../../cursors.js'
import type { Database } from '../../database.js'
import { viewerOf, withheldCounts, type Principal } from '../../access-policy.js'
import { NotFollowing, SelfRelation, UserNotFound } from '../../errors.js'
import { listPage, type ListKind } from '../../queries/network-pages.js'
import { followsVisibly, relationships, userCounts } from '../../queries/lookups.js'
import { userExists } from '../../queries/users.js'
import type { ListItem, Relationship, VisibleCounts } from '../../schemas/relationships.js'
import { defaultLimit } from '../../schemas/pagination.js'

declare module 'fastify' {
  interface FastifyInstance {
    graph: ReturnType<typeof createGraphRepository>
  }
}

export interface ListOptions { limit?: number, cursor?: string, includeBlocked?: boolean }

export function createGraphRepository (db: Database, cursors: Cursors) {
  return {
    /** Does id follow target as id's following list shows it to this principal? (Access: the route's policy.) */
    async isFollowing (id: string, target: string, principal: Principal, includeBlocked: boolean): Promise<void> {
      if (id === target) throw new SelfRelation(id)
      const answer = await followsVisibly(db, { id, target, includeBlocked, viewer: viewerOf(principal, id) })
      if (!answer.idExists) throw new UserNotFound(id)
      if (!answer.targetExists) throw new UserNotFound(target)
      if (!answer.follows) throw new NotFollowing(id, target)
    },

    /** A page of one of id's lists as this principal is shown it (access: the route's policy). */
    async list (kind: ListKind, id: string, principal: Principal, options: ListOptions): Promise<Page<ListItem>> {
      const scope = `${kind}:${id}`
      const start = cursors.start(scope, options.cursor)
      const limit = options.limit ?? defaultLimit
      const includeBlocked = options.includeBlocked ?? false
      const rows = await listPage(db, kind, { id, ...start, limit: limit + 1, includeBlocked, viewer: viewerOf(principal, id) })
      // An empty page is where an unknown user shows: only then is its existence looked up.
      if (rows.length === 0 && !await userExists(db, id)) throw new UserNotFound(id)
      return cursors.page(scope, rows, limit)
    },

    /** id's counts, those this principal may not see as null (access-policy.ts, withheldCounts). */
    async counts (id: string, principal: Principal): Promise<VisibleCounts> {
      const row = await userCounts(db, id)
      if (row === undefined) throw new UserNotFound(id)
      const { hideNetwork, ...counts } = row
      const visible: VisibleCounts = { ...counts }
      for (const field of withheldCounts(principal, { id, hideNetwork })) visible[field] = null
      return visible
    },

    async relationships (id: string, ids: string[]): Promise<Relationship[]> {
      const rows = await relationships(db, id, ids)
      if (rows.length === 0) throw new UserNotFound(id)
      return rows
    }
  }
}

export default fp(async app => {
  app.decorate('graph', createGraphRepository(app.db, app.cursors))
}, { name: 'graph-repository', dependencies: ['neo4j', 'cursors'] })
