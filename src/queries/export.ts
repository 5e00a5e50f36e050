// Export: the whole graph as rows in a stable order, streamed from one read transaction (see database.ts).
import type { Database } from '../database.js'
import type { EdgeType, ExportEdge, ExportUser } from '../schemas/export.js'
import { readQuery } from './cypher.js'

const q = {
  users: readQuery('export/users'),
  FOLLOWS: readQuery('export/follows'),
  BLOCKS: readQuery('export/blocks'),
  MUTES: readQuery('export/mutes'),
  REQUESTED: readQuery('export/requested')
}

const iso = (ms: number): string => new Date(ms).toISOString()

/** Users in id order, after `after` (exclusive; '' = from the start). */
export async function * exportUsers (db: Database, after = ''): AsyncGenerator<ExportUser> {
  type Row = Omit<ExportUser, 'createdAt'> & { createdAt: number }
  for await (const r of db.stream<Row>(q.users, { after })) {
    yield { id: r.id, username: r.username, name: r.name, private: r.private, createdAt: iso(r.createdAt) }
  }
}

/** Edges of one type in (from, to) order, after the pair `after` (exclusive; null = from the start). */
export async function * exportEdges (db: Database, type: EdgeType, after: { from: string, to: string } | null = null): AsyncGenerator<ExportEdge> {
  type Row = { from: string, to: string, since: number, until?: number | null }
  const params = { afterFrom: after?.from ?? '', afterTo: after?.to ?? '' }
  // With no `after`, (from > '' OR to > '') holds for every edge: ids are never empty.
  for await (const r of db.stream<Row>(q[type], params)) {
    const edge: ExportEdge = { from: r.from, to: r.to, type, since: iso(r.since) }
    if (type === 'MUTES') edge.until = r.until === null || r.until === undefined ? null : iso(r.until)
    yield edge
  }
}

const counts = {
  users: readQuery('export/count-users'),
  FOLLOWS: readQuery('export/count-follows'),
  BLOCKS: readQuery('export/count-blocks'),
  MUTES: readQuery('export/count-mutes'),
  REQUESTED: readQuery('export/count-requested')
}

/** How many users, or edges of one type, from the count store (constant time). */
export async function countOf (db: Database, what: 'users' | EdgeType): Promise<number> {
  const [row] = await db.run<{ count: number }>(counts[what])
  return row?.count ?? 0
}
