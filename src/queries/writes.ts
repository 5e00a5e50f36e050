// The one write path of relationship and list writes: typed wrappers over cypher/writes/*.cypher, each
// statement taking a batch of ops (UNWIND $ops) and answering each op's outcome. Live requests (grouped by src/batcher.ts),
// the bulk follow route, POST /v1/import and the CLI all apply their ops here, so API.md's rules exist once.
//
// One batch, one transaction: lock-users.cypher locks every user the batch touches in one global order
// (sorted ids), then each kind's statement runs over its ops, the hidden-edge counters move once per user,
// and the batch's changes are recorded as one change-feed entry, last. A statement checks every op against the
// state before it, so a batch is applied in waves that relate each pair of users at most once: an op waits for
// the next wave when an earlier op of the batch relates the same pair (the live batcher never sends such ops
// together; an import file may). List writes (src/queries/list-writes.ts) come after the relationship ops of
// their batch: the batch is applied as one serial order, relationship ops first, then list ops.
import { randomUUID } from 'node:crypto'
import type { Tx } from '../database.js'
import type { ChangeType } from '../schemas/changes.js'
import type { Mute } from '../schemas/mutes.js'
import { recordChanges, type ChangeRecord } from './changes.js'
import { writeQuery } from './cypher.js'
import { applyListOps, isListOp, listKeyOf, listLocksOf, listOpKey, lockListsAndUsers, usersOfListOp, type ListOp, type ListOutcome } from './list-writes.js'

export type WriteKind = 'follow' | 'unfollow' | 'removeFollower' | 'block' | 'unblock' | 'mute' | 'unmute' | 'accept' | 'reject'

/**
 * One relationship write of `id` about `target` (for removeFollower the follower, for accept/reject the
 * requester). Import-only parameters: `since` (a given time), `establish` (an imported follow is FOLLOWS even
 * to a private user), `keepExisting` (a line for an existing edge is a no-op).
 */
export interface WriteOp {
  kind: WriteKind
  id: string
  target: string
  since?: string | null
  until?: string | null
  establish?: boolean
  keepExisting?: boolean
}

/** A relationship write or a list write: what the write path applies. */
export type GraphOp = WriteOp | ListOp

/** The rule that applied to an op (see each statement), and for mutes the mute as listed (list ops: ListOutcome). */
export interface WriteOutcome extends Omit<ListOutcome, 'outcome' | 'changed'> { outcome: string, mute?: Mute }

const statements: Record<WriteKind, ReturnType<typeof writeQuery>> = {
  follow: writeQuery('writes/follow'),
  unfollow: writeQuery('writes/unfollow'),
  removeFollower: writeQuery('writes/remove-follower'),
  block: writeQuery('writes/block'),
  unblock: writeQuery('writes/unblock'),
  mute: writeQuery('writes/mute'),
  unmute: writeQuery('writes/unmute'),
  accept: writeQuery('writes/accept-request'),
  reject: writeQuery('writes/reject-request')
}
const lockUsers = writeQuery('writes/lock-users')
const hiddenCounters = writeQuery('writes/hidden-counters')
const kinds = Object.keys(statements) as WriteKind[]

/** The change an applied list op records, by kind and outcome (none: nothing changed). */
function listChangeOf (op: ListOp, outcome: string): ChangeRecord | undefined {
  const list = listKeyOf(op)
  const type = ((): ChangeType | undefined => {
    switch (op.kind) {
      case 'putList': return outcome === 'CREATED' ? 'list.created' : undefined
      case 'deleteList': return outcome === 'DELETED' ? 'list.deleted' : undefined
      case 'addMember': return outcome === 'ADDED' ? 'list.member.added' : undefined
      case 'removeMember': return outcome === 'DELETED' ? 'list.member.removed' : undefined
      case 'subscribe': return outcome === 'SUBSCRIBED' ? (op.type === 'mute' ? 'list.mute' : 'list.block') : undefined
      case 'unsubscribe': return outcome === 'DELETED' ? (op.type === 'mute' ? 'list.unmute' : 'list.unblock') : undefined
    }
  })()
  return type === undefined ? undefined : { type, actor: op.id, target: op.member ?? list, list }
}

/** The change an applied op records, by kind and outcome (none: nothing changed). */
function changeOf (op: WriteOp, o: WriteOutcome & { changed?: boolean }): ChangeType | undefined {
  switch (op.kind) {
    case 'follow': return o.outcome === 'FOLLOW' ? 'follow' : o.outcome === 'REQUEST' ? 'follow.requested' : undefined
    case 'unfollow': return o.outcome === 'DELETED' ? 'unfollow' : undefined
    case 'removeFollower': return o.outcome === 'DELETED' ? 'follower.removed' : undefined
    case 'block': return o.outcome === 'BLOCKED' ? 'block' : undefined
    case 'unblock': return o.outcome === 'DELETED' ? 'unblock' : undefined
    case 'mute': return o.changed === true ? 'mute' : undefined
    case 'unmute': return o.outcome === 'DELETED' ? 'unmute' : undefined
    case 'accept': return o.outcome === 'ACCEPTED' ? 'follow.accepted' : undefined
    case 'reject': return o.outcome === 'REJECTED' ? 'follow.rejected' : undefined
  }
}

/** The unordered pair an op relates: a batch holds at most one op per pair. */
export const pairOf = (op: { id: string, target: string }): string => op.id < op.target ? `${op.id} ${op.target}` : `${op.target} ${op.id}`

/**
 * The group-commit key of an op (src/batcher.ts: ops with one key never share a batch, so arrival order per key
 * holds): the pair of users of a relationship op; the list (and member, or subscriber) of a list op. Ops on
 * other keys may share a batch even where they meet: a follow of m and the addition of m to a block list its
 * follower subscribes to, say. That is correct because each statement of the batch's transaction sees what the
 * earlier ones wrote: the relationship statements run first and read the list facts of their pairs (which only
 * list ops change), and the list ops run after them and read every pair they touch before and after their own
 * statements (list-writes.ts). So a batch is one serial order, relationship ops first, then list ops, and
 * every op is answered as it is applied in that order (the follow above succeeds, and the membership then
 * hides it and counts it hidden).
 */
export const keyOf = (op: GraphOp): string => isListOp(op) ? listOpKey(op) : pairOf(op)

/** The ops' indexes in waves: each op in the wave after the last one holding its pair, so order per pair holds. */
function wavesOf (ops: WriteOp[]): number[][] {
  const waves: number[][] = []
  const waveOfPair = new Map<string, number>()
  ops.forEach((op, i) => {
    const pair = pairOf(op)
    const w = (waveOfPair.get(pair) ?? -1) + 1
    waveOfPair.set(pair, w)
    ;(waves[w] ??= []).push(i)
  })
  return waves
}

interface Row { i: number, outcome: string, counters?: Array<[string, number, number, number?]>, changed?: boolean, mute?: Mute | null }

/**
 * Applies a batch of ops (at most one per pair of users, or per list key; an import may send more, applied in
 * waves) in the caller's write transaction; answers their outcomes in order. `record`: write the changes to
 * the feed (false for an initial load).
 */
export async function applyWrites (tx: Tx, ops: GraphOp[], record = true): Promise<WriteOutcome[]> {
  if (ops.length === 0) return []
  const pairOps: Array<{ i: number, op: WriteOp }> = []
  const listOps: Array<{ i: number, op: ListOp }> = []
  ops.forEach((op, i) => { if (isListOp(op)) listOps.push({ i, op }); else pairOps.push({ i, op }) })
  // Lists first, then users, each in key order (list-writes.ts): the users of the pairs a list op touches too.
  const listLocks = listOps.length > 0 ? await listLocksOf(tx, listOps.map(o => o.op)) : undefined
  const locked = new Set([...pairOps.flatMap(({ op }) => [op.id, op.target]), ...listOps.flatMap(o => usersOfListOp(o.op)), ...listLocks?.users ?? []])
  // The lock statement is pipelined with the first write statement (a transaction runs its statements in the
  // order sent, so the locks still come first): one round trip less per batch. Lists take several statements.
  const locking = listLocks === undefined ? tx.run(lockUsers, { ids: [...locked].sort() }) : undefined
  if (listLocks !== undefined) await lockListsAndUsers(tx, listLocks.lists, [...locked].sort())
  const outcomes: Array<WriteOutcome & { changed?: boolean }> = new Array(ops.length)
  const counters = new Map<string, { id: string, followers: number, following: number, requests: number }>()
  const count = ([id, followers, following, requests]: [string, number, number, number?]): void => {
    const c = counters.get(id) ?? { id, followers: 0, following: 0, requests: 0 }
    c.followers += followers
    c.following += following
    c.requests += requests ?? 0
    counters.set(id, c)
  }
  for (const wave of wavesOf(pairOps.map(({ op }) => op))) {
    for (const kind of kinds) {
      const batch = wave.flatMap(k => {
        const { i, op } = pairOps[k]!
        return op.kind === kind
          ? [{ i, id: op.id, target: op.target, since: op.since ?? null, until: op.until ?? null, establish: op.establish ?? false, keepExisting: op.keepExisting ?? false }]
          : []
      })
      if (batch.length > 0) {
        const [, rows] = await Promise.all([locking, tx.run<Row>(statements[kind], { ops: batch })])
        apply(rows)
      }
    }
  }
  await locking
  function apply (rows: Row[]): void {
    for (const r of rows) {
      outcomes[r.i] = { outcome: r.outcome, ...(r.mute != null && { mute: r.mute }), ...(r.changed !== undefined && { changed: r.changed }) }
      for (const change of r.counters ?? []) count(change)
    }
  }
  if (listOps.length > 0) {
    const applied = await applyListOps(tx, listOps, locked)
    for (const [i, o] of applied.outcomes) outcomes[i] = o
    for (const change of applied.counters) count(change)
  }
  const moved = [...counters.values()].filter(c => c.followers !== 0 || c.following !== 0 || c.requests !== 0).sort((a, b) => a.id < b.id ? -1 : 1)
  // The counters and the change-feed entry go together (pipelined): neither reads what the other writes.
  const counting = moved.length > 0 ? tx.run(hiddenCounters, { changes: moved }) : undefined
  if (record) {
    const changes: ChangeRecord[] = ops.flatMap((op, i): ChangeRecord[] => {
      if (isListOp(op)) {
        const change = listChangeOf(op, outcomes[i]!.outcome)
        return change === undefined ? [] : [change]
      }
      const type = changeOf(op, outcomes[i]!)
      return type === undefined ? [] : [{ type, actor: op.id, target: op.target }]
    })
    await Promise.all([counting, recordChanges(tx, randomUUID(), changes)])
  } else {
    await counting
  }
  return outcomes.map(({ changed: _changed, ...o }) => o)
}
