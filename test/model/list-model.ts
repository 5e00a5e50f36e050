// The social model (test/model/social-model.ts) extended with lists and moderation lists (API.md, "Lists and
// moderation lists"): lists with a fixed purpose, members, and block / mute subscriptions. A block subscription
// makes the subscriber stand to each member (other than itself) as if it BLOCKS it, through GraphModel's
// listBlocks: every rule, list and count of the base models then treats the pair as blocked, and nothing is
// deleted (follows and requests between them are hidden, not removed).
import type { Answer } from './graph-model.js'
import { SocialModel, type SocialOp } from './social-model.js'

export type Purpose = 'curation' | 'moderation'
export type SubscriptionType = 'block' | 'mute'

export type ListModelOp = SocialOp
  | { kind: 'putList', a: string, list: string, purpose: Purpose }
  | { kind: 'deleteList', a: string, list: string }
  | { kind: 'addMember' | 'removeMember', a: string, list: string, b: string }
  | { kind: 'subscribe' | 'unsubscribe', a: string, type: SubscriptionType, owner: string, list: string }

interface ListState { owner: string, id: string, purpose: Purpose, members: Set<string> }

const listKinds = new Set(['putList', 'deleteList', 'addMember', 'removeMember', 'subscribe', 'unsubscribe'])
export const isListModelOp = (op: ListModelOp): op is Exclude<ListModelOp, SocialOp> => listKinds.has(op.kind)

export class ListModel extends SocialModel {
  /** Lists by key 'owner/list'. */
  readonly lists = new Map<string, ListState>()
  /** Subscriptions as 'type user key'. */
  readonly subscriptions = new Set<string>()

  private subscribed (type: SubscriptionType, user: string, key: string): boolean { return this.subscriptions.has(`${type} ${user} ${key}`) }

  private throughList (type: SubscriptionType, a: string, b: string): boolean {
    if (a === b) return false
    for (const [key, l] of this.lists) if (l.members.has(b) && this.subscribed(type, a, key)) return true
    return false
  }

  override listBlocks (a: string, b: string): boolean { return this.throughList('block', a, b) }
  override listMutes (a: string, b: string): boolean { return this.throughList('mute', a, b) }

  /** Applies any operation: list ops here, the rest by the social model. */
  applyAny (op: ListModelOp): Answer {
    if (!isListModelOp(op)) return this.applySocial(op)
    const owner = op.kind === 'subscribe' || op.kind === 'unsubscribe' ? op.owner : op.a
    const key = `${owner}/${op.list}`
    const list = this.lists.get(key)
    const unknown: Answer = { status: 404, code: 'USER_NOT_FOUND' }
    if (!this.privacy.has(op.a) || !this.privacy.has(owner)) return unknown
    switch (op.kind) {
      case 'putList':
        if (list === undefined) {
          this.lists.set(key, { owner, id: op.list, purpose: op.purpose, members: new Set() })
          return { status: 201 }
        }
        return list.purpose === op.purpose ? { status: 200 } : { status: 409, code: 'PURPOSE_FIXED' }
      case 'deleteList':
        this.lists.delete(key)
        for (const s of [...this.subscriptions]) if (s.endsWith(` ${key}`)) this.subscriptions.delete(s)
        return { status: 204 }
      case 'addMember':
      case 'removeMember':
        if (list === undefined) return { status: 404, code: 'LIST_NOT_FOUND' }
        if (!this.privacy.has(op.b)) return unknown
        if (op.kind === 'removeMember') {
          list.members.delete(op.b)
          return { status: 204 }
        }
        // A curation list refuses a user who blocks the owner (directly or through a block list).
        if (list.purpose === 'curation' && op.b !== owner && this.blocksAny(op.b, owner)) return { status: 403, code: 'BLOCKED_BY_TARGET' }
        if (list.members.has(op.b)) return { status: 200 }
        list.members.add(op.b)
        return { status: 201 }
      case 'subscribe':
      case 'unsubscribe': {
        const s = `${op.type} ${op.a} ${key}`
        // Unsubscribing is always allowed, and says nothing of which lists exist (API.md v1.2).
        if (op.kind === 'unsubscribe') {
          this.subscriptions.delete(s)
          return { status: 204 }
        }
        // Subscribing reveals the members: a private owner's lists need the right to read its network, for
        // known and unknown lists alike (a token acts as op.a).
        if (this.privacy.get(owner) === true && op.a !== owner && !(this.isFollowing(op.a, owner) && !this.blockRelated(op.a, owner))) {
          return { status: 403, code: 'PRIVATE_ACCOUNT' }
        }
        if (list === undefined) return { status: 404, code: 'LIST_NOT_FOUND' }
        if (list.purpose !== 'moderation') return { status: 409, code: 'NOT_A_MODERATION_LIST' }
        if (this.subscriptions.has(s)) return { status: 200 }
        this.subscriptions.add(s)
        return { status: 201 }
      }
    }
  }

  /** A list's members, sorted (null: no such list), as the given viewer reads them. */
  members (key: string, viewer?: string): string[] | null {
    const list = this.lists.get(key)
    if (list === undefined) return null
    return [...list.members].filter(m => viewer === undefined || m === viewer || !this.blockRelated(m, viewer)).sort()
  }

  /** The keys of the lists that hold a user, sorted. */
  listedIn (user: string): string[] {
    return [...this.lists.entries()].filter(([, l]) => l.members.has(user)).map(([key]) => key).sort()
  }

  /** The keys of the lists a user subscribes to, sorted. */
  subscriptionsOf (user: string, type: SubscriptionType): string[] {
    return [...this.lists.keys()].filter(key => this.subscribed(type, user, key)).sort()
  }

  /** Users id could be suggested by the rules of exclusion: not self, not followed or requested, no block relation, not muted. */
  suggestible (id: string, other: string): boolean {
    return other !== id && !this.isFollowing(id, other) && !this.hasRequested(id, other) && !this.blockRelated(id, other) &&
      !this.isMuting(id, other) && !this.listMutes(id, other)
  }
}
