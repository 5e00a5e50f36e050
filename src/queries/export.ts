// Export: the whole graph as rows in a stable order, streamed from one read transaction (see database.ts).
import type { Database } from '../database.js'
import type { EdgeType, ExportUser } from '../schemas/export.js'
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
    yield { id: r.id, username: r.username, name: r.name, private: r.private, hideNetwork: r.hideNetwork, discoverable: r.discoverable, createdAt: iso(r.createdAt) }
  }
}

/**
 * Edges of one type in (from, to) order, after the pair `after` (exclusive; null = from the start), as NDJSON
 * text, one string per source user (the rows the query answers: a few thousand edges per await). Each line is
 * written field by field (the strings JSON-escaped, the rest fixed): the same bytes JSON.stringify makes of an
 * ExportEdge (schemas/export.ts), at a fraction of its cost in the export's hot loop.
 */
export async function * exportEdgeLines (db: Database, type: EdgeType, after: { from: string, to: string } | null = null): AsyncGenerator<string> {
  type Row = { from: string, edges: Array<[string, number, number | null]> }
  // With no `after`, from >= '' holds for every edge and no row ties with it: ids are never empty.
  const params = { afterFrom: after?.from ?? '', afterTo: after?.to ?? '' }
  for await (const { from, edges } of db.stream<Row>(q[type], params, 1000)) {
    const head = `{"from":${JSON.stringify(from)},"to":`
    const typed = `,"type":"${type}","since":"`
    let text = ''
    for (const [to, since, until] of edges) {
      text += head + JSON.stringify(to) + typed + iso(since) +
        (type === 'MUTES' ? `","until":${until === null ? 'null' : `"${iso(until)}"`}}\n` : '"}\n')
    }
    yield text
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
