// The registry of write operations: every kind the write engine (src/queries/writes.ts) applies (user writes,
// relationships, lists), declared once with its statement (cypher/writes/*.cypher, taking a batch of ops as
// UNWIND $ops and answering each op's outcome), the users and list it locks, its group-commit key, and its outcomes: the successes, each with the
// change it records and how /metrics counts it, and the refusals, which src/errors.ts's `refusals` table turns
// into the API's errors. Outcomes are typed per kind (`Outcome<'follow'>` is a union of its strings).
import type { FastifyError } from 'fastify'
import { isRefusal, refusals as refusalErrors, type Refusal } from '../errors.js'
import type { WriteOutcome as CountedWrite } from '../metrics/registry.js'
import type { ChangeType } from '../schemas/changes.js'
import type { Mute } from '../schemas/mutes.js'
import type { SubscriptionKind } from '../schemas/user-lists.js'
import type { User } from '../schemas/users.js'
import type { Tx } from '../database.js'
import type { ChangeRecord } from './changes.js'
import { writeQuery, type Query } from './cypher.js'
import { acceptAllRequests } from './requests.js'
import { toDelete } from './users.js'

export type PairKind = 'follow' | 'unfollow' | 'removeFollower' | 'block' | 'unblock' | 'mute' | 'unmute' | 'accept' | 'reject'
export type ListKind = 'putList' | 'addMember' | 'removeMember' | 'subscribe' | 'unsubscribe' | 'deleteList'
export type UserKind = 'putUser' | 'patchUser' | 'deleteUser'

/**
 * A user write: PUT (every field given), PATCH (a null or absent field keeps the stored value) or DELETE (only
 * the id). `createdAt`: an import line's given time (PUT only; the live PUT keeps the stored one).
 */
export interface UserOp {
  kind: UserKind
  id: string
  username?: string | null
  name?: string | null
  private?: boolean | null
  hideNetwork?: boolean | null
  discoverable?: boolean | null
  createdAt?: string | null
}

/**
 * A relationship write of `id` about `target` (for removeFollower the follower, for accept/reject the
 * requester). Import-only parameters: `since` (a given time), `establish` (an imported follow is FOLLOWS even
 * to a private user), `keepExisting` (a line for an existing edge is a no-op).
 */
export interface PairOp {
  kind: PairKind
  id: string
  target: string
  since?: string | null
  until?: string | null
  establish?: boolean
  keepExisting?: boolean
}

/** A list write. `id` is the acting user: the list's owner, or the subscriber. */
export interface ListOp {
  kind: ListKind
  id: string
  /** The list: its owner's id and its own id. */
  owner: string
  list: string
  /** addMember, removeMember: the member. */
  member?: string
  /** subscribe, unsubscribe: a block list or a mute list. */
  type?: SubscriptionKind
  /** putList's fields; createdAt and since are an import's given times. */
  name?: string
  purpose?: string
  description?: string
  createdAt?: string | null
  since?: string | null
  /** An import line for an existing membership is a no-op. */
  keepExisting?: boolean
}

/** What the engine applies. */
export type WriteOp = UserOp | PairOp | ListOp

/** A list as the routes answer it, times in epoch ms (made ISO by the repository). */
export interface ListRecord { id: string, owner: string, name: string, purpose: string, description: string, memberCount: number, createdAt: number }
/** A member as the members page shows it, since in epoch ms. */
export interface MemberRecord { id: string, username: string, name: string, since: number }
/** A subscription as the list-blocks / list-mutes pages show it, times in epoch ms. */
export type SubscriptionRecord = ListRecord & { since: number }

/** How /metrics counts a success (graph_writes_total's outcome label; a refusal counts as "refused" with its code). */
type Counted = 'created' | 'existing' | 'requested' | 'updated' | 'accepted' | 'rejected' | 'done' | 'deleted'

interface Success {
  counted: Counted
  /** The change the feed records (none: nothing changed). */
  change?: ChangeType | ((op: WriteOp) => ChangeType)
  /** Recorded only when the statement says the op changed something (a mute renewed with the same until does not). */
  ifChanged?: boolean
}

/** The phases of a batch, in order: user ops, relationship ops, list ops, then user deletions (see writes.ts). */
export type Phase = 'users' | 'pairs' | 'lists' | 'deletions'

export interface WriteKind<S extends string = string, R extends Refusal = Refusal> {
  phase: Phase
  statement: Query
  successes: Readonly<Record<S, Success>>
  refusals: readonly R[]
  /** graph_writes_total's kind label. */
  metric: (op: WriteOp) => string
  /** The group-commit key (src/batcher.ts): ops with one key never share a batch's wave. */
  key: (op: WriteOp) => string
  /** The users the op locks (a list op's pairs add theirs: src/queries/list-hiding.ts). */
  users: (op: WriteOp) => string[]
  /** The statement's parameters for the op, `i` its index in the batch. */
  params: (i: number, op: WriteOp) => Record<string, unknown>
  /** The change-feed record of a change of this type made by the op. */
  record: (op: WriteOp, type: ChangeType) => ChangeRecord
  /**
   * Ops with one statement key never share a statement: each goes after the earlier ones, so it sees what they
   * wrote (user ops: the username they take). Ops without one share their wave's statement.
   */
  statementKey?: (op: WriteOp) => string | undefined
  /**
   * Read before the batch's locks (none held yet): the ops the kind's ops need applied first in the same batch
   * (a deleted user's lists), answered by no one, and the further users they lock (in the engine's id order).
   * `batch`: all the batch's ops.
   */
  prepare?: (tx: Tx, ops: WriteOp[], batch: WriteOp[]) => Promise<{ ops: WriteOp[], users: string[] }>
  /** What the op does next in the same transaction, given its statement's row; answers the changes it made. */
  then?: (tx: Tx, op: WriteOp, row: { outcome: string, becamePublic?: boolean }) => Promise<ChangeRecord[]>
}

/** The unordered pair an op relates: a batch holds at most one op per pair. */
export const pairOf = (op: { id: string, target: string }): string => op.id < op.target ? `${op.id} ${op.target}` : `${op.target} ${op.id}`

/** A list's key, "owner/list": how edges name it (and the change feed). */
export const listKeyOf = (op: { owner: string, list: string }): string => `${op.owner}/${op.list}`

const pairRefusals = ['SELF_RELATION', 'USER_NOT_FOUND_ID', 'USER_NOT_FOUND_TARGET'] as const

function pair<S extends string, R extends Refusal = never> (file: string, metric: string, successes: Record<S, Success>, refusals: readonly R[] = []): WriteKind<S, R | typeof pairRefusals[number]> {
  const p = (op: WriteOp): PairOp => op as PairOp
  return {
    phase: 'pairs',
    statement: writeQuery(`writes/${file}`),
    successes,
    refusals: [...pairRefusals, ...refusals],
    metric: () => metric,
    key: op => pairOf(p(op)),
    users: op => [op.id, p(op).target],
    params: (i, op) => {
      const { id, target, since, until, establish, keepExisting } = p(op)
      return { i, id, target, since: since ?? null, until: until ?? null, establish: establish ?? false, keepExisting: keepExisting ?? false }
    },
    record: (op, type) => ({ type, actor: op.id, target: p(op).target })
  }
}

/**
 * A list op's group-commit key: a list's own writes (create, update, delete) share one; a membership is keyed
 * by list and member, a subscription by subscriber and list.
 */
function listKind<S extends string, R extends Refusal = never> (file: string, metric: string | ((op: ListOp) => string), scope: 'list' | 'member' | 'subscription', successes: Record<S, Success>, refusals: readonly R[] = []): WriteKind<S, R | 'USER_NOT_FOUND_ID'> {
  const l = (op: WriteOp): ListOp => op as ListOp
  return {
    phase: 'lists',
    statement: writeQuery(`writes/${file}`),
    successes,
    refusals: ['USER_NOT_FOUND_ID', ...refusals],
    metric: op => typeof metric === 'string' ? metric : metric(l(op)),
    key: op => scope === 'list' ? `list:${listKeyOf(l(op))}` : scope === 'member' ? `member:${listKeyOf(l(op))}:${l(op).member ?? ''}` : `subscription:${op.id}:${listKeyOf(l(op))}`,
    users: op => l(op).member === undefined ? [op.id] : [op.id, l(op).member!],
    params: (i, op) => {
      const o = l(op)
      return {
        i,
        id: o.id,
        owner: o.owner,
        list: o.list,
        key: listKeyOf(o),
        target: o.member ?? null,
        type: o.type ?? null,
        name: o.name ?? null,
        purpose: o.purpose ?? null,
        description: o.description ?? '',
        createdAt: o.createdAt ?? null,
        since: o.since ?? null,
        keepExisting: o.keepExisting ?? false
      }
    },
    record: (op, type) => ({ type, actor: op.id, target: l(op).member ?? listKeyOf(l(op)), list: listKeyOf(l(op)) })
  }
}

/**
 * A user write, as PUT /v1/users/{id} and PATCH make it (and an import's user line: a PUT with its given
 * createdAt). A private account made public accepts every pending request to it in the same transaction
 * (src/queries/requests.ts; the user's lock is held, so no request comes or goes meanwhile), each recorded as
 * follow.accepted, or follow.rejected for one a list block hides. Ops taking one username (in any case) go one
 * statement each, so the later one sees it taken; the others of a wave share a statement.
 */
function userKind<S extends string, R extends Refusal> (file: string, metric: string, successes: Record<S, Success>, refusals: readonly R[]): WriteKind<S, R> {
  const u = (op: WriteOp): UserOp => op as UserOp
  return {
    phase: 'users',
    statement: writeQuery(`writes/${file}`),
    successes,
    refusals,
    metric: () => metric,
    key: op => `user:${op.id}`,
    users: op => [op.id],
    params: (i, op) => {
      const { id, username, name, private: isPrivate, hideNetwork, discoverable, createdAt } = u(op)
      return { i, id, username: username ?? null, name: name ?? null, private: isPrivate ?? null, hideNetwork: hideNetwork ?? null, discoverable: discoverable ?? null, createdAt: createdAt ?? null }
    },
    record: (op, type) => ({ type, actor: op.id, target: null }),
    statementKey: op => u(op).username?.toLowerCase(),
    then: async (tx, op, row) => row.becamePublic === true ? await acceptedRequests(tx, op.id) : []
  }
}

/**
 * DELETE /v1/users/{id}: its lists first (the batch's deleteList ops, as DELETE of each would: their hidden
 * pairs settled, list.deleted recorded), then the user and every edge touching it (cypher/writes/delete-user.cypher),
 * one statement each, in the batch's last phase. Before the locks, prepare reads its lists and the users whose
 * hidden-edge counters its edges hold (delete-user-locks.cypher), so the engine locks them in its order.
 */
const deleteUserKind: WriteKind<'DELETED', 'USER_NOT_FOUND_ID'> = {
  phase: 'deletions',
  statement: writeQuery('writes/delete-user'),
  successes: { DELETED: { counted: 'deleted', change: 'user.deleted' } },
  refusals: ['USER_NOT_FOUND_ID'],
  metric: () => 'user.delete',
  key: op => `user:${op.id}`,
  users: op => [op.id],
  params: (i, op) => ({ i, id: op.id }),
  record: (op, type) => ({ type, actor: op.id, target: null }),
  statementKey: () => 'deletion',
  prepare: async (tx, ops, batch) => {
    const ids = new Set(ops.map(op => op.id))
    const { lists, users } = await toDelete(tx, [...ids])
    // A list the batch creates for a deleted user (its putList runs in an earlier phase) goes too.
    const created = batch.flatMap(op => op.kind === 'putList' && ids.has((op as ListOp).owner) ? [{ owner: (op as ListOp).owner, list: (op as ListOp).list }] : [])
    const refs = new Map([...lists, ...created].map(ref => [listKeyOf(ref), ref]))
    return { ops: [...refs.values()].map(({ owner, list }): ListOp => ({ kind: 'deleteList', id: owner, owner, list })), users }
  }
}

/**
 * A private account made public (its lock held): every pending request to it accepted, or dropped where a list
 * block hides it; answers the changes, follow.accepted and follow.rejected. PATCH, PUT and the import alike.
 */
export async function acceptedRequests (tx: Tx, id: string): Promise<ChangeRecord[]> {
  const { accepted, dropped } = await acceptAllRequests(tx, id)
  return [
    ...accepted.map((requester): ChangeRecord => ({ type: 'follow.accepted', actor: id, target: requester })),
    ...dropped.map((requester): ChangeRecord => ({ type: 'follow.rejected', actor: id, target: requester }))
  ]
}

const done: Success = { counted: 'done' }
const subscription = (o: WriteOp, block: string, mute: string): string => (o as ListOp).type === 'mute' ? mute : block

/**
 * Every kind, in the order a wave of a batch applies them (relationship kinds, then list kinds: creates,
 * memberships, subscriptions, deletions). Each statement checks its ops against the state the earlier ones left.
 */
export const writeKinds = {
  // A PUT that changes nothing (an import line as stored) records no user.updated.
  putUser: userKind('put-user', 'user.put', { CREATED: { counted: 'created', change: 'user.created' }, UPDATED: { counted: 'updated', change: 'user.updated', ifChanged: true } }, ['USERNAME_TAKEN']),
  patchUser: userKind('patch-user', 'user.patch', { UPDATED: { counted: 'updated', change: 'user.updated' } }, ['USER_NOT_FOUND_ID', 'USERNAME_TAKEN']),
  deleteUser: deleteUserKind,
  follow: pair('follow', 'follow', {
    FOLLOW: { counted: 'created', change: 'follow' },
    FOLLOWING: { counted: 'existing' },
    REQUEST: { counted: 'requested', change: 'follow.requested' },
    REQUESTED: { counted: 'requested' }
  }, ['BLOCKED_BY_TARGET', 'UNBLOCK_FIRST']),
  unfollow: pair('unfollow', 'unfollow', { DELETED: { counted: 'done', change: 'unfollow' }, NONE: done }),
  removeFollower: pair('remove-follower', 'follower.remove', { DELETED: { counted: 'done', change: 'follower.removed' }, NONE: done }),
  block: pair('block', 'block', { BLOCKED: { counted: 'created', change: 'block' }, EXISTS: { counted: 'existing' } }),
  unblock: pair('unblock', 'unblock', { DELETED: { counted: 'done', change: 'unblock' }, NONE: done }),
  mute: pair('mute', 'mute', { CREATED: { counted: 'created', change: 'mute', ifChanged: true }, UPDATED: { counted: 'updated', change: 'mute', ifChanged: true } }),
  unmute: pair('unmute', 'unmute', { DELETED: { counted: 'done', change: 'unmute' }, NONE: done }),
  accept: pair('accept-request', 'request.accept', { ACCEPTED: { counted: 'accepted', change: 'follow.accepted' } }, ['REQUEST_NOT_FOUND', 'UNBLOCK_FIRST', 'BLOCKED_BY_TARGET']),
  reject: pair('reject-request', 'request.reject', { REJECTED: { counted: 'rejected', change: 'follow.rejected' } }, ['REQUEST_NOT_FOUND']),
  putList: listKind('put-list', 'list.put', 'list', { CREATED: { counted: 'created', change: 'list.created' }, UPDATED: { counted: 'updated' } }, ['PURPOSE_FIXED']),
  addMember: listKind('add-member', 'list.member.add', 'member', { ADDED: { counted: 'created', change: 'list.member.added' }, EXISTS: { counted: 'existing' } },
    ['USER_NOT_FOUND_TARGET', 'LIST_NOT_FOUND', 'BLOCKED_BY_TARGET']),
  removeMember: listKind('remove-member', 'list.member.remove', 'member', { DELETED: { counted: 'done', change: 'list.member.removed' }, NONE: done },
    ['USER_NOT_FOUND_TARGET', 'LIST_NOT_FOUND']),
  subscribe: listKind('subscribe-list', op => subscription(op, 'list.block', 'list.mute'), 'subscription', {
    SUBSCRIBED: { counted: 'created', change: op => subscription(op, 'list.block', 'list.mute') as ChangeType },
    EXISTS: { counted: 'existing' }
  }, ['USER_NOT_FOUND_TARGET', 'LIST_NOT_FOUND', 'NOT_A_MODERATION_LIST']),
  unsubscribe: listKind('unsubscribe-list', op => subscription(op, 'list.unblock', 'list.unmute'), 'subscription', {
    DELETED: { counted: 'done', change: op => subscription(op, 'list.unblock', 'list.unmute') as ChangeType },
    NONE: done
  }, ['USER_NOT_FOUND_TARGET']),
  deleteList: listKind('delete-list', 'list.delete', 'list', { DELETED: { counted: 'done', change: 'list.deleted' }, NONE: done })
} satisfies Record<UserKind | PairKind | ListKind, WriteKind<string, Refusal>>

export type Kind = keyof typeof writeKinds
type OutcomeOf<D> = D extends WriteKind<infer S, infer R> ? S | R : never
/** The outcomes of one kind (or of several): its successes and its refusals. */
export type Outcome<K extends Kind = Kind> = K extends Kind ? OutcomeOf<(typeof writeKinds)[K]> : never

/** An op's answer: the rule that applied, and what the route answers with it (a mute, a list, a member, a subscription). */
export interface WriteAnswer<K extends Kind = Kind> {
  outcome: Outcome<K>
  mute?: Mute
  list?: ListRecord | null
  member?: MemberRecord | null
  subscription?: SubscriptionRecord | null
  user?: User
}

/** An op of kind K. */
export type OpOf<K extends Kind> = K extends PairKind ? PairOp & { kind: K } : K extends ListKind ? ListOp & { kind: K } : UserOp & { kind: K }

export const kindOf = (op: WriteOp): WriteKind => writeKinds[op.kind]
export const isListOp = (op: WriteOp): op is ListOp => kindOf(op).phase === 'lists'

/** A refusal decided before any statement: a relationship op about its own actor. */
export const refusedUpfront = (op: WriteOp): 'SELF_RELATION' | undefined =>
  kindOf(op).phase === 'pairs' && op.id === (op as PairOp).target ? 'SELF_RELATION' : undefined

/** The change an op's outcome records, if any (`changed`: the statement's word, for kinds that give it). */
export function changeOf (op: WriteOp, outcome: string, changed: boolean | undefined): ChangeRecord | undefined {
  const kind = kindOf(op)
  const success = (kind.successes as Record<string, Success | undefined>)[outcome]
  if (success?.change === undefined || (success.ifChanged === true && changed !== true)) return undefined
  return kind.record(op, typeof success.change === 'string' ? success.change : success.change(op))
}

/** How /metrics counts an op's outcome: its kind's label, and "refused" with the API's error code for a refusal. */
export function countedOf (op: WriteOp, outcome: string): CountedWrite {
  const kind = kindOf(op)
  const success = (kind.successes as Record<string, Success | undefined>)[outcome]
  if (success !== undefined) return { kind: kind.metric(op), outcome: success.counted }
  return { kind: kind.metric(op), outcome: 'refused', code: refusalOf(op, outcome)?.code ?? outcome }
}

/** The API's error for a refused outcome (undefined for a success). */
export function refusalOf (op: WriteOp, outcome: string): FastifyError | undefined {
  return isRefusal(outcome) ? refusalErrors[outcome](op) : undefined
}
