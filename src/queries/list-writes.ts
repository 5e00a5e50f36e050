// List writes inside the one write path (src/queries/writes.ts): list creates and deletions, memberships and
// subscriptions, as batch statements (cypher/writes/*-list.cypher, *-member.cypher), and the hidden-edge
// counters they move.
//
// A block subscription hides the follows and requests between the subscriber and each member (API.md: as if
// the subscriber BLOCKS the member), so a membership change, a subscription change or a list deletion moves
// the hidden-edge counters of the pairs it touches. Those pairs are found from the smaller side
// (cypher/writes/list-pairs.cypher: a member's own edges, a subscriber's own edges or the list's members),
// never by walking a list's subscribers. The counters move by the difference the list ops make to each pair:
// whether the pair is hidden is read before the batch's list ops and after them (pair-hidden.cypher), so a
// pair hidden by a direct block and a list block, or by two lists, is counted once, whatever the ops did.
//
// Locks: the lists first, in key order, then the users, in id order (lock-lists.cypher): the acting users, the
// members and every user of a touched pair. The pairs are found once before the locks, to
// take them in order, and again under them; a user that appeared meanwhile is locked late (a deadlock this
// may cause is retried by the managed transaction). With the list and both users of a pair locked, nothing
// that decides whether the pair is hidden can change before commit: every write that changes a user's edges,
// subscriptions or memberships locks that user, and every write to a list's members or subscribers locks it.
import type { Tx } from '../database.js'
import type { SubscriptionKind } from '../schemas/user-lists.js'
import { writeQuery } from './cypher.js'

export type ListKind = 'putList' | 'addMember' | 'removeMember' | 'subscribe' | 'unsubscribe' | 'deleteList'

/** One list write. `id` is the acting user: the list's owner, or the subscriber. */
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

const listKinds: ListKind[] = ['putList', 'addMember', 'removeMember', 'subscribe', 'unsubscribe', 'deleteList']
export const isListOp = (op: { kind: string }): op is ListOp => (listKinds as string[]).includes(op.kind)

/** A list's key, "owner/list": how edges name it (and the change feed). */
export const listKeyOf = (op: { owner: string, list: string }): string => `${op.owner}/${op.list}`

/**
 * The group-commit key of a list op (src/batcher.ts): ops with one key are applied one after another, in
 * arrival order. A list's own writes (create, update, delete) share a key; a membership is keyed by list and
 * member, a subscription by subscriber and list. Ops with different keys may share a batch: they are applied in
 * the order of `listKinds` (creates, memberships, subscriptions, deletions), which is the serial order the
 * batch stands for (see applyListOps).
 */
export function listOpKey (op: ListOp): string {
  const key = listKeyOf(op)
  switch (op.kind) {
    case 'putList':
    case 'deleteList': return `list:${key}`
    case 'addMember':
    case 'removeMember': return `member:${key}:${op.member ?? ''}`
    default: return `subscription:${op.id}:${key}`
  }
}

/** The users a list op acts on and locks: the acting user, and the member of a membership op. */
export const usersOfListOp = (op: ListOp): string[] => op.member === undefined ? [op.id] : [op.id, op.member]

const statements: Record<ListKind, ReturnType<typeof writeQuery>> = {
  putList: writeQuery('writes/put-list'),
  addMember: writeQuery('writes/add-member'),
  removeMember: writeQuery('writes/remove-member'),
  subscribe: writeQuery('writes/subscribe-list'),
  unsubscribe: writeQuery('writes/unsubscribe-list'),
  deleteList: writeQuery('writes/delete-list')
}
const lockLists = writeQuery('writes/lock-lists')
const lockUsers = writeQuery('writes/lock-users')
const listPairs = writeQuery('writes/list-pairs')
const pairHidden = writeQuery('writes/pair-hidden')

/** A list as the routes answer it, times in epoch ms (made ISO by the repository). */
export interface ListRecord { id: string, owner: string, name: string, purpose: string, description: string, memberCount: number, createdAt: number }
/** A member as the members page shows it, since in epoch ms. */
export interface MemberRecord { id: string, username: string, name: string, since: number }

/** A subscription as the list-blocks / list-mutes pages show it, times in epoch ms. */
export type SubscriptionRecord = ListRecord & { since: number }

export interface ListOutcome { outcome: string, changed?: boolean, list?: ListRecord | null, member?: MemberRecord | null, subscription?: SubscriptionRecord | null }

/** [user id, hidden followers, hidden following, hidden requests] changes. */
export type CounterChange = [string, number, number, number]

interface PairSearch { kind: 'member' | 'subscriber' | 'list', key: string, owner: string, list: string, user: string | null, subs: string[], members: string[] }

/** What list-pairs.cypher must search for the batch's ops (block subscriptions only: mutes hide nothing). */
function pairSearches (ops: ListOp[]): PairSearch[] {
  const subsOf = new Map<string, string[]>()
  const membersOf = new Map<string, string[]>()
  const add = (m: Map<string, string[]>, key: string, id: string): void => { m.set(key, [...m.get(key) ?? [], id]) }
  for (const op of ops) {
    if ((op.kind === 'subscribe' || op.kind === 'unsubscribe') && op.type === 'block') add(subsOf, listKeyOf(op), op.id)
    if ((op.kind === 'addMember' || op.kind === 'removeMember') && op.member !== undefined) add(membersOf, listKeyOf(op), op.member)
  }
  return ops.flatMap((op): PairSearch[] => {
    const key = listKeyOf(op)
    const base = { key, owner: op.owner, list: op.list, subs: subsOf.get(key) ?? [], members: membersOf.get(key) ?? [] }
    switch (op.kind) {
      case 'addMember':
      case 'removeMember': return [{ ...base, kind: 'member', user: op.member ?? null }]
      case 'subscribe':
      case 'unsubscribe': return op.type === 'block' ? [{ ...base, kind: 'subscriber', user: op.id }] : []
      case 'deleteList': return [{ ...base, kind: 'list', user: null }]
      case 'putList': return []
    }
  })
}

interface Pair { a: string, b: string }

async function pairsOf (tx: Tx, searches: PairSearch[]): Promise<Pair[]> {
  return searches.length === 0 ? [] : await tx.run<Pair>(listPairs, { ops: searches })
}

/**
 * Before the batch's locks: the lists to lock (key order) and the users of the pairs the list ops may touch,
 * read without locks (the batch locks them in id order with its other users, then looks again).
 */
export async function listLocksOf (tx: Tx, ops: ListOp[]): Promise<{ lists: Array<{ owner: string, list: string }>, users: string[] }> {
  const lists = [...new Map(ops.map(op => [listKeyOf(op), { owner: op.owner, list: op.list }])).entries()]
    .sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, ref]) => ref)
  const pairs = await pairsOf(tx, pairSearches(ops))
  return { lists, users: pairs.flatMap(p => [p.a, p.b]) }
}

/** Locks the lists, then the users (ids sorted): the first statement of a batch with list ops. */
export async function lockListsAndUsers (tx: Tx, lists: Array<{ owner: string, list: string }>, ids: string[]): Promise<void> {
  await tx.run(lockLists, { lists, ids })
}

interface Hidden extends Pair { follows: boolean, followed: boolean, requests: boolean, requested: boolean, hidden: boolean }

/** The waves of list ops: each op in the wave after the last one holding its key, so order per key holds. */
function wavesOf (ops: Array<{ i: number, op: ListOp }>): Array<Array<{ i: number, op: ListOp }>> {
  const waves: Array<Array<{ i: number, op: ListOp }>> = []
  const waveOf = new Map<string, number>()
  for (const entry of ops) {
    const key = listOpKey(entry.op)
    const w = (waveOf.get(key) ?? -1) + 1
    waveOf.set(key, w)
    ;(waves[w] ??= []).push(entry)
  }
  return waves
}

/** An op as its statement takes it. */
function paramsOf (i: number, op: ListOp): Record<string, unknown> {
  return {
    i,
    id: op.id,
    owner: op.owner,
    list: op.list,
    key: listKeyOf(op),
    target: op.member ?? null,
    type: op.type ?? null,
    name: op.name ?? null,
    purpose: op.purpose ?? null,
    description: op.description ?? '',
    createdAt: op.createdAt ?? null,
    since: op.since ?? null,
    keepExisting: op.keepExisting ?? false
  }
}

/**
 * Applies a batch's list ops in the caller's transaction, after its relationship ops and after lockListsOf
 * and lock-users have locked `locked` (users). The ops go in waves (one op per key a wave), each wave kind by
 * kind in the order of `listKinds`: each statement sees what the earlier ones did, so the batch is applied as
 * one serial order of its ops (relationship ops first, then list ops by kind) and every op's answer is the
 * one it gets in that order. Relationship ops of the same batch ran before: the pairs are read after them.
 * Answers each op's outcome (by its index `i`) and the hidden-edge counter changes.
 */
export async function applyListOps (tx: Tx, ops: Array<{ i: number, op: ListOp }>, locked: Set<string>): Promise<{ outcomes: Map<number, ListOutcome>, counters: CounterChange[] }> {
  const pairs = await pairsOf(tx, pairSearches(ops.map(o => o.op)))
  const late = [...new Set(pairs.flatMap(p => [p.a, p.b]))].filter(id => !locked.has(id)).sort()
  if (late.length > 0) {
    await tx.run(lockUsers, { ids: late })
    for (const id of late) locked.add(id)
  }
  const before = pairs.length === 0 ? [] : await tx.run<Hidden>(pairHidden, { pairs })

  const outcomes = new Map<number, ListOutcome>()
  for (const wave of wavesOf(ops)) {
    for (const kind of listKinds) {
      const batch = wave.filter(o => o.op.kind === kind).map(o => paramsOf(o.i, o.op))
      if (batch.length === 0) continue
      for (const r of await tx.run<ListOutcome & { i: number }>(statements[kind], { ops: batch })) {
        const { i, ...outcome } = r
        outcomes.set(i, outcome)
      }
    }
  }

  const after = pairs.length === 0 ? [] : await tx.run<Hidden>(pairHidden, { pairs })
  return { outcomes, counters: counterChanges(before, after) }
}

/**
 * What the counters move by: for each edge of each pair (list ops never add or delete follows or requests),
 * +1 where the pair became hidden, -1 where it stopped being hidden. A FOLLOWS a -> b counts in a's hidden
 * following and b's hidden followers; a REQUESTED a -> b in b's hidden (incoming) requests.
 */
function counterChanges (before: Hidden[], after: Hidden[]): CounterChange[] {
  const changes: CounterChange[] = []
  const earlier = new Map(before.map(h => [`${h.a} ${h.b}`, h]))
  after.forEach(h1 => {
    const h0 = earlier.get(`${h1.a} ${h1.b}`)
    if (h0 === undefined) return
    const d = (h1.hidden ? 1 : 0) - (h0.hidden ? 1 : 0)
    if (d === 0) return
    if (h0.follows && h1.follows) changes.push([h1.a, 0, d, 0], [h1.b, d, 0, 0])
    if (h0.followed && h1.followed) changes.push([h1.b, 0, d, 0], [h1.a, d, 0, 0])
    if (h0.requests && h1.requests) changes.push([h1.b, 0, 0, d])
    if (h0.requested && h1.requested) changes.push([h1.a, 0, 0, d])
  })
  return changes
}
