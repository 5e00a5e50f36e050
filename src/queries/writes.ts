// The write engine: applies a batch of ops of any kind of the registry (src/queries/write-kinds.ts) in the
// caller's write transaction. Live requests (grouped by src/batcher.ts through src/plugins/app/write-path.ts),
// the bulk follow route, POST /v1/import and the CLI all apply their ops here, so API.md's rules exist once.
//
// One batch, one transaction: the first statement locks every user the batch touches in one global order
// (sorted ids; lists first, in key order, when there are list ops: src/queries/list-hiding.ts), then each
// kind's statement runs over its ops, the hidden-edge counters move once per user, and the batch's changes
// are recorded as one change-feed entry, last. A statement checks every op against the state before it, so a
// batch is applied in waves that hold each group-commit key at most once: an op waits for the next wave when
// an earlier op of the batch holds its key (the live batcher never sends such ops together; an import file
// may). The batch is one serial order: the user ops (phase "users"; ops taking one username one statement
// each), then the relationship ops (phase "pairs") in waves, then the list ops (phase "lists") in waves, then
// the user deletions (phase "deletions", after their lists), each wave kind by kind in the registry's order;
// every op is answered as it is applied in that order. The ops of a batch were all waiting at once, so any such
// order is one they could have had. A kind may add ops of its own before the locks (a deleted user's lists:
// WriteKind.prepare), applied in their phase and recorded in the feed just before the op they serve.
import { randomUUID } from 'node:crypto'
import type { Tx } from '../database.js'
import type { Mute } from '../schemas/mutes.js'
import { recordChanges, type ChangeRecord } from './changes.js'
import { writeQuery } from './cypher.js'
import { listLocksOf, lockListsAndUsers, watchHiddenPairs, type CounterChange } from './list-hiding.js'
import { changeOf, isListOp, kindOf, refusedUpfront, writeKinds, type Kind, type ListOp, type Phase, type WriteAnswer, type WriteKind, type WriteOp } from './write-kinds.js'

const lockUsers = writeQuery('writes/lock-users')
const hiddenCounters = writeQuery('writes/hidden-counters')
const kinds = Object.keys(writeKinds) as Kind[]
const phases: Phase[] = ['users', 'pairs', 'lists', 'deletions']

/**
 * The group-commit key of an op (src/batcher.ts: ops with one key never share a batch, so arrival order per key
 * holds): the pair of users of a relationship op; the list (and member, or subscriber) of a list op. Ops on
 * other keys may share a batch even where they meet: a follow of m and the addition of m to a block list its
 * follower subscribes to, say. That is correct because each statement of the batch's transaction sees what the
 * earlier ones wrote: the relationship statements run first and read the list facts of their pairs (which only
 * list ops change), and the list ops run after them and read every pair they touch before and after their own
 * statements (list-hiding.ts). So the follow above succeeds, and the membership then hides it and counts it hidden.
 */
export const keyOf = (op: WriteOp): string => kindOf(op).key(op)

/**
 * The ops in groups: each op in the group after the last one holding its key (none: the first group), so order
 * per key holds. Waves by group-commit key; a kind's statements by its statement key.
 */
function groupsOf (ops: Entry[], keyOfOp: (op: WriteOp) => string | undefined): Entry[][] {
  const groups: Entry[][] = []
  const groupOf = new Map<string, number>()
  for (const entry of ops) {
    const key = keyOfOp(entry.op)
    const g = key === undefined ? 0 : (groupOf.get(key) ?? -1) + 1
    if (key !== undefined) groupOf.set(key, g)
    ;(groups[g] ??= []).push(entry)
  }
  return groups
}

interface Entry { i: number, op: WriteOp }

/**
 * What the kinds prepare, read before any lock (WriteKind.prepare): the ops they add, appended to `entries`
 * after the batch's own (`all`: the batch's ops, then those, by index), the op each serves (`addedFor`, by
 * index: their changes are recorded just before its own), and the further users to lock.
 */
async function prepareKinds (tx: Tx, ops: WriteOp[], entries: Entry[]): Promise<{ all: WriteOp[], addedFor: Map<number, number[]>, users: string[] }> {
  const all = [...ops]
  const addedFor = new Map<number, number[]>()
  const users: string[] = []
  for (const kind of kinds) {
    const prepare = writeKinds[kind].prepare
    const ofKind = entries.filter(({ op }) => op.kind === kind)
    if (prepare === undefined || ofKind.length === 0) continue
    const prepared = await prepare(tx, ofKind.map(({ op }) => op), ops)
    users.push(...prepared.users)
    for (const op of prepared.ops) {
      const i = all.push(op) - 1
      const parent = ofKind.find(e => e.op.id === op.id)?.i ?? i
      addedFor.set(parent, [...addedFor.get(parent) ?? [], i])
      entries.push({ i, op })
    }
  }
  return { all, addedFor, users }
}

type Row = Omit<WriteAnswer, 'mute'> & { i: number, counters?: CounterChange[], changed?: boolean, mute?: Mute | null, becamePublic?: boolean }

/**
 * Applies a batch of ops (at most one per key; an import may send more, applied in waves) in the caller's
 * write transaction; answers their outcomes in order. `record`: write the changes to the feed (false for an
 * initial load).
 */
export async function applyWrites (tx: Tx, ops: WriteOp[], record = true): Promise<WriteAnswer[]> {
  if (ops.length === 0) return []
  const rows: Row[] = new Array(ops.length)
  const entries: Entry[] = ops.flatMap((op, i) => {
    const refused = refusedUpfront(op)
    if (refused === undefined) return [{ i, op }]
    rows[i] = { i, outcome: refused }
    return []
  })
  const { all, addedFor, users: prepared } = await prepareKinds(tx, ops, entries)
  const listOps = entries.flatMap(({ op }) => isListOp(op) ? [op] : [])
  // Lists first, then users, each in key order: the users of the pairs a list op touches too.
  const listLocks = listOps.length > 0 ? await listLocksOf(tx, listOps) : undefined
  const locked = new Set([...entries.flatMap(({ op }) => kindOf(op).users(op)), ...listLocks?.users ?? [], ...prepared])
  const ids = [...locked].sort()
  // The lock statement is pipelined with the first write statement (a transaction runs its statements in the
  // order sent, so the locks still come first): one round trip less per batch. Lists take several statements.
  if (listLocks !== undefined) await lockListsAndUsers(tx, listLocks.lists, ids)
  const locking = listLocks === undefined && ids.length > 0 ? tx.run(lockUsers, { ids }) : undefined
  const counters: CounterChange[] = []
  /** Changes an op made past its statement (a user made public: the requests accepted), by op index. */
  const further = new Map<number, ChangeRecord[]>()

  for (const phase of phases) {
    const inPhase = entries.filter(({ op }) => kindOf(op).phase === phase)
    if (inPhase.length === 0) continue
    const settle = phase === 'lists' ? await watchHiddenPairs(tx, inPhase.map(({ op }) => op as ListOp), locked) : undefined
    for (const wave of groupsOf(inPhase, keyOf)) {
      for (const kind of kinds) {
        const def: WriteKind = writeKinds[kind]
        const ofKind = wave.filter(({ op }) => op.kind === kind)
        if (ofKind.length === 0) continue
        for (const part of def.statementKey === undefined ? [ofKind] : groupsOf(ofKind, def.statementKey)) {
          const [, answered] = await Promise.all([locking, tx.run<Row>(def.statement, { ops: part.map(({ i, op }) => def.params(i, op)) })])
          for (const r of answered) {
            rows[r.i] = r
            counters.push(...r.counters ?? [])
            if (def.then !== undefined) further.set(r.i, await def.then(tx, all[r.i]!, r))
          }
        }
      }
    }
    counters.push(...await settle?.() ?? [])
  }
  await locking

  const moved = countersOf(counters)
  // The counters and the change-feed entry go together (pipelined): neither reads what the other writes.
  const counting = moved.length > 0 ? tx.run(hiddenCounters, { changes: moved }) : undefined
  const changesOf = (i: number): ChangeRecord[] => [...further.get(i) ?? [], ...[changeOf(all[i]!, rows[i]!.outcome, rows[i]!.changed) ?? []].flat()]
  const changes = record ? ops.flatMap((_, i) => [...(addedFor.get(i) ?? []).flatMap(changesOf), ...changesOf(i)]) : []
  await Promise.all([counting, record ? recordChanges(tx, randomUUID(), changes) : undefined])
  return rows.slice(0, ops.length).map(({ outcome, mute, list, member, subscription, user }) => ({
    outcome,
    ...(mute != null && { mute }),
    ...(list !== undefined && { list }),
    ...(member !== undefined && { member }),
    ...(subscription !== undefined && { subscription }),
    ...(user != null && { user })
  }))
}

/** The counter changes summed per user, those that moved, in id order. */
function countersOf (changes: CounterChange[]): Array<{ id: string, followers: number, following: number, requests: number }> {
  const byUser = new Map<string, { id: string, followers: number, following: number, requests: number }>()
  for (const [id, followers, following, requests] of changes) {
    const c = byUser.get(id) ?? { id, followers: 0, following: 0, requests: 0 }
    c.followers += followers
    c.following += following
    c.requests += requests ?? 0
    byUser.set(id, c)
  }
  return [...byUser.values()].filter(c => c.followers !== 0 || c.following !== 0 || c.requests !== 0).sort((a, b) => a.id < b.id ? -1 : 1)
}
