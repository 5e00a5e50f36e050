// Export of lists, members and subscriptions: rows in a stable order, streamed from one read transaction (see
// src/queries/export.ts for users and edges). Each row is an import line as it is (src/importer.ts), so an
// export of users, lists and edges re-imports as the same graph.
import type { Database } from '../database.js'
import type { ExportList, SubscriptionKind } from '../schemas/user-lists.js'
import { readQuery } from './cypher.js'

const q = {
  lists: readQuery('export/lists'),
  members: readQuery('export/list-members'),
  block: readQuery('export/list-blocks'),
  mute: readQuery('export/list-mutes'),
  count: readQuery('export/count-list-rows')
}

const iso = (ms: number): string => new Date(ms).toISOString()
/** 'owner/list' as its two ids. */
const split = (key: string): { owner: string, list: string } => {
  const slash = key.indexOf('/')
  return { owner: key.slice(0, slash), list: key.slice(slash + 1) }
}

/** Lists in (owner, id) order after `after` ('owner/id', exclusive; undefined = from the start). */
export async function * exportLists (db: Database, after?: string): AsyncGenerator<ExportList> {
  const from = after === undefined ? { owner: '', list: '' } : split(after)
  type Row = Omit<ExportList, 'createdAt'> & { createdAt: number }
  for await (const r of db.stream<Row>(q.lists, { afterOwner: from.owner, afterId: from.list })) {
    yield { owner: r.owner, id: r.id, name: r.name, purpose: r.purpose, description: r.description, createdAt: iso(r.createdAt) }
  }
}

/**
 * Memberships in (list key, member) order after `after` ({list: 'owner/list', member}, exclusive), as NDJSON text,
 * one string per list (the rows the query answers).
 */
export async function * exportMemberLines (db: Database, after: { list: string, member: string } | null): AsyncGenerator<string> {
  type Row = { list: string, members: Array<[string, number]> }
  for await (const { list: key, members } of db.stream<Row>(q.members, { afterList: after?.list ?? '', afterMember: after?.member ?? '' }, 1000)) {
    const { owner, list } = split(key)
    let text = ''
    for (const [member, since] of members) text += JSON.stringify({ owner, list, member, since: iso(since) }) + '\n'
    yield text
  }
}

/** Subscriptions of one type in (user, list key) order after `after` ({user, list: 'owner/list'}, exclusive), as NDJSON text. */
export async function * exportSubscriptionLines (db: Database, type: SubscriptionKind, after: { user: string, list: string } | null): AsyncGenerator<string> {
  type Row = { user: string, lists: Array<[string, number]> }
  for await (const { user, lists } of db.stream<Row>(q[type], { afterUser: after?.user ?? '', afterList: after?.list ?? '' }, 1000)) {
    let text = ''
    for (const [key, since] of lists) text += JSON.stringify({ user, ...split(key), type, since: iso(since) }) + '\n'
    yield text
  }
}

/** Lists, members and subscriptions in import order (lists first, subscriptions last), as NDJSON text. */
export async function * exportListLines (db: Database): AsyncGenerator<string> {
  for await (const l of exportLists(db)) yield JSON.stringify(l) + '\n'
  yield * exportMemberLines(db, null)
  for (const type of ['block', 'mute'] as const) yield * exportSubscriptionLines(db, type, null)
}

/** How many lines exportListLines gives, from the count store. */
export async function listRowCount (db: Database): Promise<number> {
  const [row] = await db.run<{ count: number }>(q.count)
  return row?.count ?? 0
}
