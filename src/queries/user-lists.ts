// Lists and moderation lists, the read side: typed wrappers over cypher/user-lists/*.cypher (the writes go
// through the write engine: src/queries/write-kinds.ts). Times come as epoch ms and are made ISO here, once per
// row, as in src/queries/network-pages.ts.
import neo4j from 'neo4j-driver'
import type { Database, Tx } from '../database.js'
import type { PageStart } from '../cursors.js'
import type { ListItem } from '../schemas/relationships.js'
import type { List, ListedIn, Subscription, SubscriptionKind } from '../schemas/user-lists.js'
import { readQuery, writeQuery } from './cypher.js'
import type { ListRecord, MemberRecord } from './write-kinds.js'

const q = {
  get: readQuery('user-lists/get-list'),
  lists: readQuery('user-lists/lists-page'),
  members: readQuery('user-lists/members-page'),
  listedIn: readQuery('user-lists/listed-in-page'),
  block: readQuery('user-lists/list-blocks-page'),
  mute: readQuery('user-lists/list-mutes-page'),
  owned: writeQuery('user-lists/owned-lists')
}

const iso = (ms: number): string => new Date(ms).toISOString()

/** A list as the API answers it. */
export const listOf = (r: ListRecord): List => ({ ...r, purpose: r.purpose as List['purpose'], createdAt: iso(r.createdAt) })
/** A member as the members page lists it. */
export const memberOf = (r: MemberRecord): ListItem => ({ id: r.id, username: r.username, name: r.name, since: iso(r.since) })

/** One page's parameters: where it starts and how many rows (LIMIT needs a Cypher integer). */
interface PageParams extends PageStart { limit: number }
const limited = (p: PageParams): PageStart & { limit: ReturnType<typeof neo4j.int> } => ({ since: p.since, after: p.after, limit: neo4j.int(p.limit) })

export async function getList (db: Database, owner: string, list: string): Promise<List | undefined> {
  const [row] = await db.run<ListRecord>(q.get, { owner, list })
  return row === undefined ? undefined : listOf(row)
}

/** id's lists, newest first, after (since = createdAt, after = list id). */
export async function listsPage (db: Database, id: string, p: PageParams): Promise<List[]> {
  return (await db.run<ListRecord>(q.lists, { id, ...limited(p) })).map(listOf)
}

/** A list's members (list: its key 'owner/list'), newest first, without those in a block relation with viewer. */
export async function membersPage (db: Database, list: string, viewer: string | null, p: PageParams): Promise<ListItem[]> {
  return (await db.run<MemberRecord>(q.members, { list, viewer, ...limited(p) })).map(memberOf)
}

/** A list that holds a user, and its key (the page's tie-break). */
export type ListedInRow = ListedIn & { key: string }

export async function listedInPage (db: Database, id: string, p: PageParams): Promise<ListedInRow[]> {
  type Row = Omit<ListedInRow, 'since'> & { since: number }
  return (await db.run<Row>(q.listedIn, { id, ...limited(p) })).map(r => ({ ...r, since: iso(r.since) }))
}

/** A list a user subscribes to, when it subscribed, and the list's key. */
export type SubscriptionRow = Subscription & { key: string }

export async function subscriptionsPage (db: Database, kind: SubscriptionKind, id: string, p: PageParams): Promise<SubscriptionRow[]> {
  type Row = ListRecord & { since: number, key: string }
  return (await db.run<Row>(q[kind], { id, ...limited(p) })).map(r => ({ ...listOf(r), since: iso(r.since), key: r.key }))
}

/** The ids of id's lists, read in the caller's (write) transaction. */
export async function ownedLists (tx: Tx, id: string): Promise<string[]> {
  return (await tx.run<{ list: string }>(q.owned, { id })).map(r => r.list)
}
