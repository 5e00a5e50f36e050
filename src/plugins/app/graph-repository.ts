// The follow graph as the routes see it: API.md's rules for follow, unfollow, remove-follower, block and
// unblock, checked in order inside one locked transaction per write, and the reads (lists, counts, lookups)
// with blocked, viewer and private-account filtering.
import fp from 'fastify-plugin'
import type { Cursors, Page } from '../../cursors.js'
import type { Database, Tx } from '../../database.js'
import { viewerOf, withheldCounts, type Principal } from '../../access-policy.js'
import { BlockedByTarget, NotFollowing, SelfRelation, UnblockFirst, UserNotFound } from '../../errors.js'
import { blockInOne, unblockInOne } from '../../queries/blocks.js'
import { followInOne, removeFollowerInOne, unfollowInOne } from '../../queries/follows.js'
import { lockPair } from '../../queries/graph.js'
import { listPage, type ListKind, type ListRow } from '../../queries/lists.js'
import { followsVisibly, relationships, userCounts, type Relationship } from '../../queries/lookups.js'
import { userExists } from '../../queries/users.js'
import type { VisibleCounts } from '../../schemas/relationships.js'
import { defaultLimit } from '../../schemas/pagination.js'

declare module 'fastify' {
  interface FastifyInstance {
    graph: ReturnType<typeof createGraphRepository>
  }
}

export type FollowOutcome = { status: 200 | 201, state: 'following' } | { status: 202, state: 'requested' }

export interface ListOptions { limit?: number, cursor?: string, includeBlocked?: boolean }

/**
 * Runs `work` in one write transaction that first locks both users in id order: every write on a pair is
 * serialised, and the rules see the latest committed edges. Refuses a self-relation (400) and unknown users
 * (404, `id` checked first) before any work.
 */
export async function withPairLock<T> (db: Database, id: string, target: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (id === target) throw new SelfRelation(id)
  return await db.transaction('WRITE', async tx => {
    const found = await lockPair(tx, id, target)
    for (const u of [id, target]) if (!found.has(u)) throw new UserNotFound(u)
    return await work(tx)
  })
}

/** A one-statement write's outcome, once USER_NOT_FOUND (id checked first) has become a 404. */
function foundBoth<O extends string> (outcome: O | 'USER_NOT_FOUND_ID' | 'USER_NOT_FOUND_TARGET', id: string, target: string): Exclude<O, 'USER_NOT_FOUND_ID' | 'USER_NOT_FOUND_TARGET'> {
  if (outcome === 'USER_NOT_FOUND_ID') throw new UserNotFound(id)
  if (outcome === 'USER_NOT_FOUND_TARGET') throw new UserNotFound(target)
  return outcome as Exclude<O, 'USER_NOT_FOUND_ID' | 'USER_NOT_FOUND_TARGET'>
}

export function createGraphRepository (db: Database, cursors: Cursors) {
  /**
   * A relationship write that is one statement taking the pair lock itself (follows/follow, blocks/block, ...),
   * in its own write transaction; a self-relation is refused before, unknown users (id first) after.
   */
  async function oneStatement<O extends string> (statement: (tx: Tx, id: string, target: string) => Promise<O>, id: string, target: string) {
    if (id === target) throw new SelfRelation(id)
    return foundBoth(await db.transaction('WRITE', async tx => await statement(tx, id, target)), id, target)
  }

  return {
    async follow (id: string, target: string): Promise<FollowOutcome> {
      // One statement holds the pair lock, the rules, the write and its change (cypher/follows/follow.cypher).
      switch (await oneStatement(followInOne, id, target)) {
        case 'BLOCKED_BY_TARGET': throw new BlockedByTarget(target, id)
        case 'UNBLOCK_FIRST': throw new UnblockFirst(id, target)
        case 'FOLLOWING': return { status: 200, state: 'following' }
        case 'FOLLOW': return { status: 201, state: 'following' }
        case 'REQUESTED':
        case 'REQUEST': return { status: 202, state: 'requested' }
      }
    },

    /** Unfollows, or cancels a pending request (recorded as `unfollow` too). */
    async unfollow (id: string, target: string): Promise<void> {
      await oneStatement(unfollowInOne, id, target)
    },

    async removeFollower (id: string, follower: string): Promise<void> {
      await oneStatement(removeFollowerInOne, id, follower)
    },

    /** Answers whether the block is new. */
    async block (id: string, target: string): Promise<boolean> {
      return await oneStatement(blockInOne, id, target) === 'BLOCKED'
    },

    async unblock (id: string, target: string): Promise<void> {
      await oneStatement(unblockInOne, id, target)
    },

    /** Does id follow target as id's following list shows it to this principal? (Access: the route's policy.) */
    async isFollowing (id: string, target: string, principal: Principal, includeBlocked: boolean): Promise<void> {
      if (id === target) throw new SelfRelation(id)
      const answer = await followsVisibly(db, { id, target, includeBlocked, viewer: viewerOf(principal, id) })
      if (!answer.idExists) throw new UserNotFound(id)
      if (!answer.targetExists) throw new UserNotFound(target)
      if (!answer.follows) throw new NotFollowing(id, target)
    },

    /** A page of one of id's lists as this principal is shown it (access: the route's policy). */
    async list (kind: ListKind, id: string, principal: Principal, options: ListOptions): Promise<Page<ListRow>> {
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
