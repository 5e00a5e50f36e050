// A small in-memory model of API.md's relationship rules, for model-based and concurrency tests: apply the
// same operations to the service and to the model, then compare answers, lists and counts. Extend it with
// new operations (accept/reject requests, mutes) by adding an Op variant and a case in `apply`.

export type Op =
  | { kind: 'follow', a: string, b: string }
  | { kind: 'unfollow', a: string, b: string }
  | { kind: 'block', a: string, b: string }
  | { kind: 'unblock', a: string, b: string }
  | { kind: 'removeFollower', a: string, b: string }
  | { kind: 'setPrivate', a: string, value: boolean }

/** What the API answers: the status, and the error code or the follow state. */
export interface Answer { status: number, code?: string, state?: string }

export interface Counts { followers: number, following: number, friends: number, blocks: number, mutes: number, pendingRequests: number }

export interface ListOptions {
  /** Show edges hidden by a BLOCKS between their ends. */
  includeBlocked?: boolean
  /** The reading user, when it is not the list's owner: users in a BLOCKS relation with it are left out. */
  viewer?: string
}

export type ListName = 'followers' | 'following' | 'friends' | 'blocks'

const key = (a: string, b: string): string => `${a}\u0000${b}`

export class GraphModel {
  readonly privacy = new Map<string, boolean>()
  readonly follows = new Set<string>()
  readonly blocks = new Set<string>()
  readonly requested = new Set<string>()

  addUser (id: string, isPrivate = false): void { this.privacy.set(id, isPrivate) }

  clone (): GraphModel {
    const m = new GraphModel()
    for (const [id, p] of this.privacy) m.privacy.set(id, p)
    for (const k of this.follows) m.follows.add(k)
    for (const k of this.blocks) m.blocks.add(k)
    for (const k of this.requested) m.requested.add(k)
    return m
  }

  isFollowing (a: string, b: string): boolean { return this.follows.has(key(a, b)) }
  isBlocking (a: string, b: string): boolean { return this.blocks.has(key(a, b)) }
  hasRequested (a: string, b: string): boolean { return this.requested.has(key(a, b)) }
  /** a stands to b as if it muted it through a mute list (none here: see ListModel). */
  listMutes (_a: string, _b: string): boolean { return false }
  /** a stands to b as if it blocked it through a block list (none here: see ListModel). */
  listBlocks (_a: string, _b: string): boolean { return false }
  /** a blocks b, directly or through a block list: what the rules treat as a block. */
  blocksAny (a: string, b: string): boolean { return this.isBlocking(a, b) || this.listBlocks(a, b) }
  /** The two users stand in a block relation, either way, directly or through a block list. */
  blockRelated (a: string, b: string): boolean { return this.blocksAny(a, b) || this.blocksAny(b, a) }

  private pairChecks (a: string, b: string): Answer | null {
    if (a === b) return { status: 400, code: 'SELF_RELATION' }
    if (!this.privacy.has(a) || !this.privacy.has(b)) return { status: 404, code: 'USER_NOT_FOUND' }
    return null
  }

  /** Applies one operation by API.md's rules and answers what the API should answer. */
  apply (op: Op): Answer {
    if (op.kind === 'setPrivate') {
      if (!this.privacy.has(op.a)) return { status: 404, code: 'USER_NOT_FOUND' }
      const was = this.privacy.get(op.a)
      this.privacy.set(op.a, op.value)
      if (was === true && !op.value) {
        // private -> public accepts every pending request (one hidden by a list block is dropped).
        for (const k of [...this.requested]) {
          const [from, to] = k.split('\u0000') as [string, string]
          if (to !== op.a) continue
          this.requested.delete(k)
          if (!this.blockRelated(from, to)) this.follows.add(k)
        }
      }
      return { status: 200 }
    }
    const { a, b } = op
    const refused = this.pairChecks(a, b)
    if (refused !== null) return refused
    const k = key(a, b)
    switch (op.kind) {
      case 'follow':
        if (this.blocksAny(b, a)) return { status: 403, code: 'BLOCKED_BY_TARGET' }
        if (this.blocksAny(a, b)) return { status: 409, code: 'UNBLOCK_FIRST' }
        if (this.follows.has(k)) return { status: 200, state: 'following' }
        if (this.privacy.get(b) === true) {
          this.requested.add(k)
          return { status: 202, state: 'requested' }
        }
        this.requested.delete(k)
        this.follows.add(k)
        return { status: 201, state: 'following' }
      case 'unfollow':
        this.follows.delete(k)
        this.requested.delete(k)
        return { status: 204 }
      case 'removeFollower':
        this.follows.delete(key(b, a))
        return { status: 204 }
      case 'block':
        if (this.blocks.has(k)) return { status: 200, state: 'blocking' }
        this.blocks.add(k)
        this.follows.delete(k)
        this.requested.delete(k)
        this.requested.delete(key(b, a))
        return { status: 201, state: 'blocking' }
      case 'unblock':
        this.blocks.delete(k)
        return { status: 204 }
    }
  }

  private visible (a: string, b: string, o: ListOptions): boolean {
    if (o.includeBlocked !== true && this.blockRelated(a, b)) return false
    return true
  }

  private viewerSees (other: string, o: ListOptions): boolean {
    return o.viewer === undefined || !this.blockRelated(other, o.viewer)
  }

  /** The members of a list, sorted by id (the service's order is by edge time, checked separately). */
  list (name: ListName, id: string, o: ListOptions = {}): string[] {
    const others = [...this.privacy.keys()].filter(u => u !== id)
    const members = others.filter(u => {
      switch (name) {
        case 'followers': return this.isFollowing(u, id) && this.visible(u, id, o) && this.viewerSees(u, o)
        case 'following': return this.isFollowing(id, u) && this.visible(id, u, o) && this.viewerSees(u, o)
        case 'friends': return this.isFollowing(id, u) && this.isFollowing(u, id) && this.visible(id, u, o) && this.viewerSees(u, o)
        case 'blocks': return this.isBlocking(id, u)
      }
      return false
    })
    return members.sort()
  }

  counts (id: string): Counts {
    const others = [...this.privacy.keys()].filter(u => u !== id)
    return {
      followers: this.list('followers', id).length,
      following: this.list('following', id).length,
      friends: this.list('friends', id).length,
      blocks: this.list('blocks', id).length,
      mutes: 0,
      pendingRequests: others.filter(u => this.hasRequested(u, id) && !this.blockRelated(u, id)).length
    }
  }

  /** The raw flags of GET /users/{id}/relationships for one other user. */
  relationship (id: string, other: string): Record<string, boolean | string> {
    return {
      id: other,
      exists: this.privacy.has(other),
      following: this.isFollowing(id, other),
      followedBy: this.isFollowing(other, id),
      blocking: this.isBlocking(id, other),
      blockedBy: this.isBlocking(other, id),
      muting: false,
      requested: this.hasRequested(id, other),
      requestedBy: this.hasRequested(other, id),
      listBlocking: this.listBlocks(id, other),
      listMuting: this.listMutes(id, other)
    }
  }

  /** Whether `viewer` may read id's followers/following/friends (null viewer: a service token). */
  canReadLists (id: string, viewer: string | null): boolean {
    if (viewer === null || viewer === id || this.privacy.get(id) !== true) return true
    return this.isFollowing(viewer, id) && !this.blockRelated(viewer, id)
  }
}
