// Import: one batch of lines applied in one write transaction, kinds in the order users, follows, requests,
// blocks, mutes (src/importer.ts cuts batches so that this order gives the same result as the file's order),
// then the batch's changes recorded in bulk as the transaction's last statement.
import { randomUUID } from 'node:crypto'
import { isConstraintViolation, type Database, type Tx } from '../database.js'
import { recordChanges, type ChangeRecord } from './changes.js'
import { writeQuery } from './cypher.js'

const q = {
  users: writeQuery('import/upsert-users'),
  follows: writeQuery('import/merge-follows'),
  requests: writeQuery('import/merge-requests'),
  blocks: writeQuery('import/merge-blocks'),
  mutes: writeQuery('import/merge-mutes')
}

export interface UserRow { line: number, id: string, username: string, usernameLower: string, name: string, private: boolean, hideNetwork: boolean, discoverable: boolean, createdAt: string | null }
export interface EdgeRow { line: number, from: string, to: string, since: string | null }
export interface MuteRow extends EdgeRow { until: string | null }

export interface BatchRows {
  users: UserRow[]
  follows: EdgeRow[]
  requests: EdgeRow[]
  blocks: EdgeRow[]
  mutes: MuteRow[]
}

/** A line the database refused: `refused` is a code, or USER_NOT_FOUND:<id>. */
export interface Refusal { line: number, refused: string }

interface Outcome { line: number, refused: string | null, creating: boolean, requesting?: boolean, accepted?: string[] }

type EdgeKind = 'follows' | 'requests' | 'blocks' | 'mutes'
const changeType = { follows: 'follow', requests: 'follow', blocks: 'block', mutes: 'mute' } as const

async function applyEdges (tx: Tx, kind: EdgeKind, rows: EdgeRow[], refusals: Refusal[], changes: Array<ChangeRecord & { line: number }>): Promise<void> {
  if (rows.length === 0) return
  const byLine = new Map(rows.map(r => [r.line, r]))
  for (const o of await tx.run<Outcome>(q[kind], { rows })) {
    if (o.refused !== null) refusals.push({ line: o.line, refused: o.refused })
    else if (o.creating) {
      const row = byLine.get(o.line)!
      changes.push({ line: o.line, type: o.requesting === true ? 'follow.requested' : changeType[kind], actor: row.from, target: row.to })
    }
  }
}

/**
 * Applies one batch in one transaction; answers the refused lines (everything else was applied). New edges
 * are created after their checks, so a live write of the same pair or username committing in between fails
 * the batch on a uniqueness constraint: it is then run again, and sees that write.
 */
export async function applyImportBatch (db: Database, batch: BatchRows, recordFeed = true): Promise<Refusal[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await applyOnce(db, batch, recordFeed)
    } catch (err) {
      // A batch too slow for the transaction timeout (a loaded or cold server) is applied as two halves, in
      // line order: each half is a valid batch, and the first half's lines all precede the second's.
      if (isTimeout(err) && sizeOf(batch) > 1) {
        const [first, second] = halves(batch)
        return [...await applyImportBatch(db, first, recordFeed), ...await applyImportBatch(db, second, recordFeed)]
      }
      if (!isConstraintViolation(err) || attempt >= 5) throw err
    }
  }
}

const isTimeout = (err: unknown): boolean =>
  /^Neo\.ClientError\.Transaction\.TransactionTimedOut/.test(String((err as { code?: unknown }).code ?? ''))

const kinds = ['users', 'follows', 'requests', 'blocks', 'mutes'] as const
const sizeOf = (b: BatchRows): number => kinds.reduce((n, k) => n + b[k].length, 0)

function halves (b: BatchRows): [BatchRows, BatchRows] {
  const lines = kinds.flatMap(k => b[k].map(r => r.line)).sort((x, y) => x - y)
  const last = lines[Math.floor(lines.length / 2) - 1]!
  const part = (keep: (line: number) => boolean): BatchRows => ({
    users: b.users.filter(r => keep(r.line)),
    follows: b.follows.filter(r => keep(r.line)),
    requests: b.requests.filter(r => keep(r.line)),
    blocks: b.blocks.filter(r => keep(r.line)),
    mutes: b.mutes.filter(r => keep(r.line))
  })
  return [part(line => line <= last), part(line => line > last)]
}

async function applyOnce (db: Database, batch: BatchRows, recordFeed: boolean): Promise<Refusal[]> {
  return await db.transaction('WRITE', async tx => {
    const refusals: Refusal[] = []
    const changes: Array<ChangeRecord & { line: number }> = []
    if (batch.users.length > 0) {
      const byLine = new Map(batch.users.map(r => [r.line, r]))
      for (const o of await tx.run<Outcome>(q.users, { rows: batch.users, lockIds: batch.users.map(r => r.id).sort() })) {
        const id = byLine.get(o.line)!.id
        if (o.refused !== null) refusals.push({ line: o.line, refused: o.refused })
        else {
          changes.push({ line: o.line, type: o.creating ? 'user.created' : 'user.updated', actor: id, target: null })
          for (const requester of o.accepted ?? []) changes.push({ line: o.line, type: 'follow.accepted', actor: id, target: requester })
        }
      }
    }
    await applyEdges(tx, 'follows', batch.follows, refusals, changes)
    await applyEdges(tx, 'requests', batch.requests, refusals, changes)
    await applyEdges(tx, 'blocks', batch.blocks, refusals, changes)
    await applyEdges(tx, 'mutes', batch.mutes, refusals, changes)
    changes.sort((a, b) => a.line - b.line)
    if (recordFeed) await recordChanges(tx, randomUUID(), changes)
    return refusals
  })
}
