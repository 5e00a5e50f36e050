// The relationship model of test/model/graph-model.ts extended with issue 4's operations: accepting and
// rejecting follow requests, mutes (no expiry: expiry is tested with real time in test/routes/v1/mutes.test.ts),
// the follow-requests and mutes lists, and known followers.
import { GraphModel, type Answer, type Counts, type Op as GraphOp } from './graph-model.js'

export type SocialOp = GraphOp
  | { kind: 'accept', a: string, b: string }
  | { kind: 'reject', a: string, b: string }
  | { kind: 'mute', a: string, b: string }
  | { kind: 'unmute', a: string, b: string }

const key = (a: string, b: string): string => `${a}\u0000${b}`

export class SocialModel extends GraphModel {
  readonly mutes = new Set<string>()

  isMuting (a: string, b: string): boolean { return this.mutes.has(key(a, b)) }

  applySocial (op: SocialOp): Answer {
    if (op.kind !== 'accept' && op.kind !== 'reject' && op.kind !== 'mute' && op.kind !== 'unmute') return this.apply(op)
    const { a, b } = op
    if (a === b) return { status: 400, code: 'SELF_RELATION' }
    if (!this.privacy.has(a) || !this.privacy.has(b)) return { status: 404, code: 'USER_NOT_FOUND' }
    switch (op.kind) {
      case 'accept':
        // a is the owner, b the requester. A list block refuses it as a block would, and the request stays.
        if (!this.requested.has(key(b, a))) return { status: 404, code: 'REQUEST_NOT_FOUND' }
        if (this.blocksAny(a, b)) return { status: 409, code: 'UNBLOCK_FIRST' }
        if (this.blocksAny(b, a)) return { status: 403, code: 'BLOCKED_BY_TARGET' }
        this.requested.delete(key(b, a))
        this.follows.add(key(b, a))
        return { status: 200, state: 'following' }
      case 'reject':
        return this.requested.delete(key(b, a)) ? { status: 204 } : { status: 404, code: 'REQUEST_NOT_FOUND' }
      case 'mute': {
        const created = !this.mutes.has(key(a, b))
        this.mutes.add(key(a, b))
        return { status: created ? 201 : 200 }
      }
      case 'unmute':
        this.mutes.delete(key(a, b))
        return { status: 204 }
    }
  }

  private others (id: string): string[] { return [...this.privacy.keys()].filter(u => u !== id).sort() }

  mutesList (id: string): string[] { return this.others(id).filter(u => this.isMuting(id, u)) }

  requestsList (id: string): string[] { return this.others(id).filter(u => this.hasRequested(u, id) && !this.blockRelated(u, id)) }

  /** Followers of target whom id follows, both edges visible, none in a BLOCKS relation with the viewer. */
  knownFollowers (id: string, target: string, viewer?: string): string[] {
    return [...this.privacy.keys()].filter(k =>
      this.isFollowing(id, k) && !this.blockRelated(id, k) &&
      this.isFollowing(k, target) && !this.blockRelated(k, target) &&
      (viewer === undefined || viewer === id || !this.blockRelated(k, viewer))).sort()
  }

  override counts (id: string): Counts {
    return { ...super.counts(id), mutes: this.mutesList(id).length }
  }

  override relationship (id: string, other: string): Record<string, boolean | string> {
    return { ...super.relationship(id, other), muting: this.isMuting(id, other) }
  }
}
