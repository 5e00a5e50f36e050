// The change feed. Write side: every write transaction records what it changed, in the same transaction.
// Read side (below): keyset pages, the current end, retention.
import type { Database, Tx } from '../database.js'
import type { ChangeType } from '../schemas/changes.js'
import { writeQuery } from './cypher.js'

const record = writeQuery('changes/record-change')

/** Records one change inside the caller's transaction; call it as the transaction's last statement. */
export async function recordChange (tx: Tx, type: ChangeType, actor: string, target: string | null = null): Promise<void> {
  await tx.run(record, { type, actor, target })
}

const recordMany = writeQuery('changes/record-changes')

/** Changes a batch entry holds at most: a longer batch is recorded as several entries, in order. */
const changeSlice = 10_000

/** `list`: the list ('owner/list') a list event is about. */
export interface ChangeRecord { type: ChangeType, actor: string, target: string | null, list?: string }

/**
 * Records many changes at once (bulk import), in the given order, as one batch entry of the feed; call it as
 * the transaction's last statement. `batch` is a unique id without a '.'.
 */
export async function recordChanges (tx: Tx, batch: string, changes: ChangeRecord[]): Promise<void> {
  if (changes.length <= changeSlice) {
    if (changes.length > 0) await tx.run(recordMany, recordChangesParams(batch, changes))
    return
  }
  // So no single statement carries 100,000 rows (a celebrity made public accepts every pending request).
  for (let i = 0; i < changes.length; i += changeSlice) {
    await tx.run(recordMany, recordChangesParams(`${batch}-${String(i / changeSlice).padStart(4, '0')}`, changes.slice(i, i + changeSlice)))
  }
}

/** The parameters of changes/record-changes.cypher for one batch entry. */
export function recordChangesParams (batch: string, changes: ChangeRecord[]): Record<string, unknown> {
  return {
    batch,
    types: changes.map(c => c.type),
    actors: changes.map(c => c.actor),
    targets: changes.map(c => c.target ?? ''),
    // Only batches with list events carry their lists ('' for the other entries).
    lists: changes.some(c => c.list !== undefined) ? changes.map(c => c.list ?? '') : null
  }
}

// The read side: pages of the feed by keyset on (at, id), the feed's current end, and retention. Its reads
// run in write transactions, routed to the leader: only the leader sees every open transaction, which the
// horizon must wait for (a secondary would also lag behind commits).
const page = writeQuery('changes/changes-page')
const horizon = writeQuery('changes/feed-horizon')
const prunedThrough = writeQuery('changes/pruned-through')
const prune = writeQuery('changes/prune-changes')

export interface ChangeRow { id: string, at: number, type: ChangeType, actor: string, target: string | null, list: string | null }

/** The feed's horizon (epoch ms): min(now - lagMs, start of the oldest open transaction), database clock. */
async function horizonIn (tx: Tx, lagMs: number): Promise<number> {
  const [row] = await tx.run<{ lagged: number, oldestOpen: number | null }>(horizon, { lagMs })
  return Math.min(row!.lagged, row!.oldestOpen ?? Infinity)
}

/** A position in the feed: a change's time and id (`<node id>` or `<node id>.<position>`). */
export interface FeedPosition { atMs: number, id: string }

/**
 * Whether retention deleted a change after `position` (the reader then missed it): `pruned` is the newest
 * change deleted (a node id). A position inside a batch node misses the rest of the batch when that node went.
 */
export function missedByRetention (position: FeedPosition, pruned: FeedPosition | null): boolean {
  if (pruned === null) return false
  if (pruned.atMs !== position.atMs) return pruned.atMs > position.atMs
  const dot = position.id.indexOf('.')
  const node = dot < 0 ? position.id : position.id.slice(0, dot)
  return pruned.id > node || (pruned.id === node && dot >= 0)
}

/**
 * Up to `limit` changes after `position`, oldest first, all before the feed's horizon, and (when asked) where
 * retention has pruned to. An id is a :Change node's, or `<node id>.<position>` for an entry of a batch node
 * (record-changes.cypher).
 */
export async function changesAfter (db: Database, p: FeedPosition & { limit: number, lagMs: number, withPruned: boolean }): Promise<{ rows: ChangeRow[], pruned: FeedPosition | null }> {
  const dot = p.id.indexOf('.')
  const node = dot < 0 ? p.id : p.id.slice(0, dot)
  const index = dot < 0 ? -1 : Number(p.id.slice(dot + 1))
  return await db.transaction('WRITE', async tx => {
    const [mark] = p.withPruned ? await tx.run<{ atMs: number | null, id: string | null }>(prunedThrough) : []
    const pruned = mark?.atMs != null && mark.id !== null ? { atMs: mark.atMs, id: mark.id } : null
    const horizonMs = await horizonIn(tx, p.lagMs)
    const rows = await tx.run<ChangeRow>(page, { atMs: p.atMs, node, index: Number.isInteger(index) ? index : -1, limit: p.limit, horizonMs })
    return { rows, pruned }
  })
}

/** The feed's horizon now (epoch ms): every change before it is readable and none can still appear (on the leader, as above). */
export async function feedHorizon (db: Database, lagMs: number): Promise<number> {
  return await db.transaction('WRITE', async tx => await horizonIn(tx, lagMs))
}

/**
 * How far the feed's horizon is behind now (ms), both on the database's clock: lagMs, more while a transaction
 * older than that is open (metrics).
 */
export async function feedHorizonLag (db: Database, lagMs: number): Promise<number> {
  return await db.transaction('READ', async tx => {
    const [row] = await tx.run<{ lagged: number, oldestOpen: number | null }>(horizon, { lagMs })
    return lagMs + Math.max(0, row!.lagged - (row!.oldestOpen ?? Infinity))
  })
}

/** Deletes up to `batch` changes older than `retentionMs`; answers how many. */
export async function pruneChanges (db: Database, retentionMs: number, batch: number): Promise<number> {
  const [row] = await db.run<{ deleted: number }>(prune, { retentionMs, batch })
  return row?.deleted ?? 0
}
