// Relationship writes as the routes answer them: each request's op goes through the one write path
// (app.writes: group commit, src/queries/writes.ts) and its outcome becomes the status, body or error a
// single write gives (API.md, Relationships). A self-relation is refused before anything is sent; unknown
// users are reported by the batch (id checked first).
import fp from 'fastify-plugin'
import { noteWrite } from '../../bookmarks.js'
import { BlockedByTarget, RequestNotFound, SelfRelation, UnblockFirst, UserNotFound, Validation } from '../../errors.js'
import type { WriteOp, WriteOutcome } from '../../queries/writes.js'
import type { Mute } from '../../schemas/mutes.js'
import type { BulkFollowItem } from '../../schemas/relationships.js'

declare module 'fastify' {
  interface FastifyInstance {
    relationships: ReturnType<typeof createRelationshipWrites>
  }
}

export type FollowOutcome = { status: 200 | 201, state: 'following' } | { status: 202, state: 'requested' }

export function createRelationshipWrites (submit: (op: WriteOp) => Promise<WriteOutcome>) {
  /** Sends one op; answers its outcome once USER_NOT_FOUND (id first) has become a 404. */
  async function write (op: WriteOp): Promise<WriteOutcome> {
    if (op.id === op.target) throw new SelfRelation(op.id)
    const answer = await submit(op)
    if (answer.outcome === 'USER_NOT_FOUND_ID') throw new UserNotFound(op.id)
    if (answer.outcome === 'USER_NOT_FOUND_TARGET') throw new UserNotFound(op.target)
    return answer
  }

  async function follow (id: string, target: string): Promise<FollowOutcome> {
    switch ((await write({ kind: 'follow', id, target })).outcome) {
      case 'BLOCKED_BY_TARGET': throw new BlockedByTarget(target, id)
      case 'UNBLOCK_FIRST': throw new UnblockFirst(id, target)
      case 'FOLLOW': return { status: 201, state: 'following' }
      case 'REQUESTED':
      case 'REQUEST': return { status: 202, state: 'requested' }
      default: return { status: 200, state: 'following' }
    }
  }

  return {
    follow,

    /**
     * Follows each target, as many PUTs would, in one request: every answer is the status and body (or error
     * code) the single PUT gives. The ops go to the write path together, so they share batches.
     */
    async followMany (id: string, targets: string[]): Promise<BulkFollowItem[]> {
      return await Promise.all(targets.map(async (target): Promise<BulkFollowItem> => {
        try {
          return { target, ...await follow(id, target) }
        } catch (err) {
          const { statusCode, code } = err as { statusCode?: unknown, code?: unknown }
          if (typeof statusCode === 'number' && statusCode < 500 && typeof code === 'string') return { target, status: statusCode, code }
          throw err
        }
      }))
    },

    /** Unfollows, or cancels a pending request (recorded as `unfollow` too). Idempotent. */
    async unfollow (id: string, target: string): Promise<void> {
      await write({ kind: 'unfollow', id, target })
    },

    async removeFollower (id: string, follower: string): Promise<void> {
      await write({ kind: 'removeFollower', id, target: follower })
    },

    /** Answers whether the block is new. */
    async block (id: string, target: string): Promise<boolean> {
      return (await write({ kind: 'block', id, target })).outcome === 'BLOCKED'
    },

    async unblock (id: string, target: string): Promise<void> {
      await write({ kind: 'unblock', id, target })
    },

    /** Mutes target until `until` (or for ever); created is false when an unexpired mute was updated. */
    async mute (id: string, target: string, until: string | null): Promise<{ created: boolean, mute: Mute }> {
      if (until !== null && Date.parse(until) <= Date.now()) throw new Validation('body/until must be in the future')
      const answer = await write({ kind: 'mute', id, target, until })
      return { created: answer.outcome === 'CREATED', mute: answer.mute! }
    },

    /** Idempotent; records `unmute` only when an unexpired mute was removed. */
    async unmute (id: string, target: string): Promise<void> {
      await write({ kind: 'unmute', id, target })
    },

    /** requester's pending request to id becomes a FOLLOWS dated now (the follow's block rules checked again). */
    async accept (id: string, requester: string): Promise<void> {
      switch ((await write({ kind: 'accept', id, target: requester })).outcome) {
        case 'REQUEST_NOT_FOUND': throw new RequestNotFound(requester, id)
        case 'UNBLOCK_FIRST': throw new UnblockFirst(id, requester)
        case 'BLOCKED_BY_TARGET': throw new BlockedByTarget(requester, id)
      }
    },

    /** Drops requester's pending request to id; REQUEST_NOT_FOUND without one. */
    async reject (id: string, requester: string): Promise<void> {
      if ((await write({ kind: 'reject', id, target: requester })).outcome === 'REQUEST_NOT_FOUND') throw new RequestNotFound(requester, id)
    }
  }
}

export default fp(async app => {
  app.decorate('relationships', createRelationshipWrites(async op => {
    const answer = await app.writes.submit(op)
    // The request answers the bookmark of the batch that applied its op.
    noteWrite(answer.bookmarks)
    return answer
  }))
}, { name: 'relationship-writes', dependencies: ['write-path'] })
