// Users: typed wrappers over cypher/users/*.cypher (PUT, PATCH and DELETE are write-engine kinds: src/queries/write-kinds.ts).
import type { Database, Tx } from '../database.js'
import type { User } from '../schemas/users.js'
import { readQuery, writeQuery } from './cypher.js'

const q = {
  get: readQuery('users/get-user'),
  exists: readQuery('users/user-exists'),
  getByUsername: readQuery('users/get-user-by-username'),
  toDelete: writeQuery('writes/delete-user-locks'),
  withoutCounters: readQuery('users/users-without-counters'),
  fillCounters: writeQuery('users/fill-hidden-counters'),
  setCounters: writeQuery('users/set-hidden-counters')
}

export async function getUser (db: Database, id: string): Promise<User | undefined> {
  return (await db.run<{ user: User }>(q.get, { id }))[0]?.user
}

export async function userExists (db: Database, id: string): Promise<boolean> {
  return (await db.run<{ found: boolean }>(q.exists, { id }))[0]?.found ?? false
}

export async function getUserByUsername (db: Database, username: string): Promise<User | undefined> {
  return (await db.run<{ user: User }>(q.getByUsername, { username }))[0]?.user
}

/**
 * Before a deletion's locks, for the write engine (its deleteUser kind): the lists of these users, and the users
 * whose hidden-edge counters their edges hold (delete-user-locks.cypher). Read without locks.
 */
export async function toDelete (tx: Tx, ids: string[]): Promise<{ lists: Array<{ owner: string, list: string }>, users: string[] }> {
  const rows = await tx.run<{ id: string, lists: string[], users: string[] }>(q.toDelete, { ids })
  return { lists: rows.flatMap(r => r.lists.map(list => ({ owner: r.id, list }))), users: rows.flatMap(r => r.users) }
}

/** Sets the hidden-edge counters of these users from their edges (fill-hidden-counters.cypher). */
export async function fillHiddenCounters (db: Database, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0
  return (await db.run<{ filled: number }>(q.fillCounters, { ids }))[0]?.filled ?? 0
}

/**
 * Gives every user without hidden-edge counters its counters (users from before they existed): one walk of
 * the users in id order, `batch` (default 5,000) at a time, each batch filled in its own write transaction.
 * Idempotent (a user with counters is only read), so a walk stopped half-way is finished by another, from the
 * start or from the last id of a finished batch (`after`). Answers the users seen and filled; `onStep` after
 * each batch, awaited, with the last id seen. `prefix` limits it to ids starting with it.
 */
export async function backfillHiddenCounters (db: Database, o: {
  prefix?: string
  after?: string
  batch?: number
  onStep?: (seen: number, filled: number, last: string) => void | Promise<void>
} = {}): Promise<{ seen: number, filled: number }> {
  const batch = o.batch ?? 5_000
  let after = o.after ?? ''
  let seen = 0
  let filled = 0
  for (;;) {
    const [step] = await db.run<{ missing: string[], last: string | null, seen: number }>(q.withoutCounters, { after, batch, prefix: o.prefix ?? '' })
    if (step === undefined || step.last === null) break
    seen += step.seen
    filled += await fillHiddenCounters(db, step.missing)
    await o.onStep?.(seen, filled, step.last)
    if (step.seen < batch) break
    after = step.last
  }
  return { seen, filled }
}

/**
 * Sets the hidden-edge counters of a freshly loaded graph, counted by the bulk load while it wrote the edges:
 * only the users with a hidden edge (the others were loaded with 0), in batches. Not for a graph in use:
 * nothing locks the users. Answers how many were set.
 */
export async function setHiddenCountersAfterLoad (db: Database, rows: Array<{ id: string, followers: number, following: number }>): Promise<number> {
  const batch = 10_000
  for (let i = 0; i < rows.length; i += batch) {
    await db.run(q.setCounters, { rows: rows.slice(i, i + batch) })
  }
  return rows.length
}
