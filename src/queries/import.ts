// Import: one batch of lines applied in one write transaction, through the write engine (src/queries/writes.ts:
// the same statements, locks and rules as the live API, with the import's own parameters: given times, an
// established follow). A batch holds user lines (the engine's putUser), edge lines or list lines;
// src/import/batch.ts cuts batches so that each holds a user once and relates a pair of users at most once.
// The batch's changes are recorded in bulk as the transaction's last statement.
import { isConstraintViolation, type Database, type Tx } from '../database.js'
import type { Rejection } from '../schemas/import.js'
import { refusalOf, type ListOp, type PairOp, type UserOp, type WriteOp } from './write-kinds.js'
import { applyWrites } from './writes.js'

/** A line as the write engine's op. */
interface Line<Op extends WriteOp> { line: number, op: Op }
/** A user line: PUT of the user with the line's createdAt. */
export type UserLine = Line<UserOp>
/** An edge line. */
export type EdgeLine = Line<PairOp>
/** A list, member or subscription line. */
export type ListLine = Line<ListOp>

export interface BatchRows {
  users: UserLine[]
  edges: EdgeLine[]
  lists: ListLine[]
}

/**
 * Applies one batch in one transaction; answers the refused lines (everything else was applied). A batch too
 * slow for the transaction timeout (a loaded or cold server) is applied as two halves, in line order.
 */
export async function applyImportBatch (db: Database, batch: BatchRows, recordFeed = true): Promise<Rejection[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction('WRITE', async tx => await applyOnce(tx, batch, recordFeed))
    } catch (err) {
      if (isTimeout(err) && batch.users.length + batch.edges.length + batch.lists.length > 1) {
        const [first, second] = halves(batch)
        return [...await applyImportBatch(db, first, recordFeed), ...await applyImportBatch(db, second, recordFeed)]
      }
      // A username taken meanwhile by a live write: the batch is run again, and sees it.
      if (!isConstraintViolation(err) || attempt >= 5) throw err
    }
  }
}

const isTimeout = (err: unknown): boolean =>
  /^Neo\.ClientError\.Transaction\.TransactionTimedOut/.test(String((err as { code?: unknown }).code ?? ''))

function halves (b: BatchRows): [BatchRows, BatchRows] {
  const lines = [...b.users.map(r => r.line), ...b.edges.map(e => e.line), ...b.lists.map(e => e.line)].sort((x, y) => x - y)
  const last = lines[Math.floor(lines.length / 2) - 1]!
  const part = (keep: (line: number) => boolean): BatchRows =>
    ({ users: b.users.filter(r => keep(r.line)), edges: b.edges.filter(e => keep(e.line)), lists: b.lists.filter(e => keep(e.line)) })
  return [part(line => line <= last), part(line => line > last)]
}

async function applyOnce (tx: Tx, batch: BatchRows, recordFeed: boolean): Promise<Rejection[]> {
  const rejections: Rejection[] = []
  // User lines, edge lines, then list lines (a batch holds one of them); refusals worded by the API's table
  // (src/errors.ts).
  for (const lines of [batch.users, batch.edges, batch.lists]) {
    if (lines.length === 0) continue
    const answers = await applyWrites(tx, lines.map(l => l.op), recordFeed)
    lines.forEach(({ line, op }, i) => {
      const refused = refusalOf(op, answers[i]!.outcome)
      if (refused !== undefined) rejections.push({ line, code: refused.code, message: refused.message })
    })
  }
  return rejections
}
