// Relationship writes as the routes answer them: each request's op goes through the write path (app.writes:
// group commit, the write engine) and its outcome becomes the status and body a single write gives (API.md,
// Relationships); a refusal (a self-relation, an unknown user, id first, a block) comes back as the API's
// error from the write path.
import fp from 'fastify-plugin'
import { Validation } from '../../errors.js'
import type { Writes } from './write-path.js'
import type { Mute } from '../../schemas/mutes.js'
import type { BulkFollowItem } from '../../schemas/relationships.js'

declare module 'fastify' {
  interface FastifyInstance {
    relationships: ReturnType<typeof createRelationshipWrites>
  }
}

export type FollowOutcome = { status: 200 | 201, state: 'following' } | { status: 202, state: 'requested' }

export function createRelationshipWrites ({ submit }: Pick<Writes, 'submit'>) {
  async function follow (id: string, target: string): Promise<FollowOutcome> {
    switch ((await submit({ kind: 'follow', id, target })).outcome) {
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
      await submit({ kind: 'unfollow', id, target })
    },

    async removeFollower (id: string, follower: string): Promise<void> {
      await submit({ kind: 'removeFollower', id, target: follower })
    },

    /** Answers whether the block is new. */
    async block (id: string, target: string): Promise<boolean> {
      return (await submit({ kind: 'block', id, target })).outcome === 'BLOCKED'
    },

    async unblock (id: string, target: string): Promise<void> {
      await submit({ kind: 'unblock', id, target })
    },

    /** Mutes target until `until` (or for ever); created is false when an unexpired mute was updated. */
    async mute (id: string, target: string, until: string | null): Promise<{ created: boolean, mute: Mute }> {
      if (until !== null && Date.parse(until) <= Date.now()) throw new Validation('body/until must be in the future')
      const answer = await submit({ kind: 'mute', id, target, until })
      return { created: answer.outcome === 'CREATED', mute: answer.mute! }
    },

    /** Idempotent; records `unmute` only when an unexpired mute was removed. */
    async unmute (id: string, target: string): Promise<void> {
      await submit({ kind: 'unmute', id, target })
    },

    /** requester's pending request to id becomes a FOLLOWS dated now (the follow's block rules checked again). */
    async accept (id: string, requester: string): Promise<void> {
      await submit({ kind: 'accept', id, target: requester })
    },

    /** Drops requester's pending request to id; REQUEST_NOT_FOUND without one. */
    async reject (id: string, requester: string): Promise<void> {
      await submit({ kind: 'reject', id, target: requester })
    }
  }
}

export default fp(async app => {
  app.decorate('relationships', createRelationshipWrites(app.writes))
}, { name: 'relationship-writes', dependencies: ['write-path'] })
