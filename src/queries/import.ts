// Import: one batch of lines applied in one write transaction. A batch holds either user lines (upserted by
// cypher/import/upsert-users.cypher) or edge and list lines, which go through the write engine (src/queries/writes.ts:
// the same statements, locks and rules as the live API, with the import's own parameters); src/import/batch.ts cuts
// batches so that each relates a pair of users at most once. The batch's changes are recorded in bulk as the
// transaction's last statement.
import { randomUUID } from 'node:crypto'
import { isConstraintViolation, type Database, type Tx } from '../database.js'
import { refusals } from '../errors.js'
import type { Rejection } from '../schemas/import.js'
import { recordChanges, type ChangeRecord } from './changes.js'
import { writeQuery } from './cypher.js'
import { acceptedRequests, refusalOf, type ListOp, type PairOp } from './write-kinds.js'
import { applyWrites } from './writes.js'

const upsertUsers = writeQuery('import/upsert-users')

export interface UserRow { line: number, id: string, username: string, usernameLower: string, name: string, private: boolean, hideNetwork: boolean, discoverable: boolean, createdAt: string | null }
/** An edge line as the write path's op. */
export interface EdgeLine { line: number, op: PairOp }
/** A list, member or subscription line as the write path's op. */
export interface ListLine { line: number, op: ListOp }

export interface BatchRows {
  users: UserRow[]
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

interface UserOutcome { line: number, refused: 'USERNAME_TAKEN' | null, creating: boolean, becomingPublic: boolean }

async function applyOnce (tx: Tx, batch: BatchRows, recordFeed: boolean): Promise<Rejection[]> {
  const rejections: Rejection[] = []
  const reject = (line: number, err: { code: string, message: string }): void => { rejections.push({ line, code: err.code, message: err.message }) }
  if (batch.users.length > 0) {
    const changes: ChangeRecord[] = []
    const byLine = new Map(batch.users.map(r => [r.line, r]))
    const outcomes = await tx.run<UserOutcome>(upsertUsers, { rows: batch.users, lockIds: batch.users.map(r => r.id).sort() })
    for (const o of outcomes.sort((a, b) => a.line - b.line)) {
      const row = byLine.get(o.line)!
      if (o.refused !== null) reject(o.line, refusals[o.refused]({ id: row.id, username: row.username }))
      else {
        changes.push({ type: o.creating ? 'user.created' : 'user.updated', actor: row.id, target: null })
        // The rule of a private account made public, as PATCH applies it (the user is locked).
        if (o.becomingPublic) changes.push(...await acceptedRequests(tx, row.id))
      }
    }
    if (recordFeed) await recordChanges(tx, randomUUID(), changes)
  }
  // Edge lines, then list lines, through the write engine; its refusals worded by the API's table (src/errors.ts).
  for (const lines of [batch.edges, batch.lists]) {
    if (lines.length === 0) continue
    const answers = await applyWrites(tx, lines.map(l => l.op), recordFeed)
    lines.forEach(({ line, op }, i) => {
      const refused = refusalOf(op, answers[i]!.outcome)
      if (refused !== undefined) reject(line, refused)
    })
  }
  return rejections
}
