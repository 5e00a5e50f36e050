// The hidden-edge counters of list ops, for the write engine (src/queries/writes.ts): a block subscription
// hides the follows and requests between the subscriber and each member (API.md: as if the subscriber BLOCKS
// the member), so a membership change, a subscription change or a list deletion moves the hidden-edge
// counters of the pairs it touches. Those pairs are found from the smaller side
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
import { writeQuery } from './cypher.js'
import { listKeyOf, type ListOp } from './write-kinds.js'

const lockLists = writeQuery('writes/lock-lists')
const lockUsers = writeQuery('writes/lock-users')
const listPairs = writeQuery('writes/list-pairs')
const pairHidden = writeQuery('writes/pair-hidden')

/** [user id, hidden followers, hidden following, hidden requests] changes. */
export type CounterChange = [string, number, number, number?]

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

/**
 * Under the batch's locks, before its list ops (and after its relationship ops): finds the pairs the list ops
 * touch, locks the users that appeared since listLocksOf (added to `locked`), and reads whether each pair is
 * hidden. Answers what to call after the list ops: the hidden-edge counter changes they made.
 */
export async function watchHiddenPairs (tx: Tx, ops: ListOp[], locked: Set<string>): Promise<() => Promise<CounterChange[]>> {
  const pairs = await pairsOf(tx, pairSearches(ops))
  if (pairs.length === 0) return async () => []
  const late = [...new Set(pairs.flatMap(p => [p.a, p.b]))].filter(id => !locked.has(id)).sort()
  if (late.length > 0) {
    await tx.run(lockUsers, { ids: late })
    for (const id of late) locked.add(id)
  }
  const before = await tx.run<Hidden>(pairHidden, { pairs })
  return async () => counterChanges(before, await tx.run<Hidden>(pairHidden, { pairs }))
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
