// A store as the release before the versioned migrations wrote it (users, follows, blocks, mutes, requests,
// lists, members and subscriptions, without the hidden-edge counters), written on a test's own instance, and
// the checks an upgrade is judged by.
import type { Database } from '../src/database.js'
import { readQuery, writeQuery } from '../src/queries/cypher.js'
import { applySchema } from '../src/queries/schema.js'

export const q = {
  users: writeQuery('testing/previous-release-users'),
  edges: writeQuery('testing/previous-release-edges'),
  lists: writeQuery('testing/previous-release-lists'),
  census: readQuery('testing/graph-census'),
  ids: readQuery('testing/all-user-ids'),
  counters: readQuery('testing/hidden-counters'),
  migration: readQuery('testing/migration-node'),
  deleteBatch: writeQuery('testing/delete-graph-batch')
}

/** A deterministic pseudo-random sequence (a linear congruential generator). */
function random (seed: number): (n: number) => number {
  let s = seed >>> 0
  return n => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s % n
  }
}

interface Edge { type: 'FOLLOWS' | 'BLOCKS' | 'REQUESTED' | 'MUTES', from: string, to: string, since: number, until?: number }

/**
 * The previous release's store of `n` users: each follows four others (a request to a private one, half the
 * time), one in ten blocks a user who follows it (a hidden follow), mutes; every 40th user owns a curation and a
 * moderation list of eight members, every 25th subscribes to a moderation list as a block, every 30th as a mute.
 */
function previousReleaseStore (n: number, seed: number) {
  const r = random(seed)
  const id = (i: number): string => `old-${String(i).padStart(6, '0')}`
  const t0 = Date.UTC(2025, 0, 1)
  const users = Array.from({ length: n }, (_, i) => ({
    id: id(i), username: `old_${i}`, name: `Old ${i}`, private: i % 9 === 0, hideNetwork: i % 13 === 0, createdAt: t0 + i * 1000
  }))
  const edges = new Map<string, Edge>()
  const add = (type: Edge['type'], a: number, b: number, extra: Partial<Edge> = {}): void => {
    if (a !== b) edges.set(`${type}:${a}:${b}`, { type, from: id(a), to: id(b), since: t0 + edges.size * 1000, ...extra })
  }
  for (let a = 0; a < n; a++) {
    for (let k = 0; k < 4; k++) {
      const b = r(n)
      add(b % 9 === 0 && r(2) === 0 ? 'REQUESTED' : 'FOLLOWS', a, b)
    }
  }
  for (let a = 0; a < n; a += 10) {
    const b = r(n)
    if (a === b) continue
    // The block rule: the blocker's own follow and the requests both ways go; the blocked user's follow stays.
    for (const key of [`FOLLOWS:${a}:${b}`, `REQUESTED:${a}:${b}`, `REQUESTED:${b}:${a}`]) edges.delete(key)
    add('FOLLOWS', b, a)
    add('BLOCKS', a, b)
  }
  for (let a = 3; a < n; a += 7) add('MUTES', a, r(n), { until: a % 2 === 0 ? Date.UTC(2999, 0, 1) : t0 })
  const owners = users.filter((_, i) => i % 40 === 0)
  const lists = owners.flatMap(o => [
    { owner: o.id, id: 'friends', name: 'Friends', purpose: 'curation', createdAt: t0 },
    { owner: o.id, id: 'spam', name: 'Spam', purpose: 'moderation', createdAt: t0 }
  ])
  // A curation list never holds a user who blocks its owner (the rule the API and the import keep).
  const members = lists.flatMap(l => [...new Set(Array.from({ length: 8 }, () => r(n)))]
    .filter(m => l.purpose === 'moderation' || !edges.has(`BLOCKS:${m}:${Number(l.owner.slice(4))}`))
    .map(m => ({ owner: l.owner, list: l.id, member: id(m), since: t0 })))
  const subscriptions = users.flatMap((u, i) => [
    ...(i % 25 === 0 ? [{ from: u.id, owner: owners[r(owners.length)]!.id, list: 'spam', type: 'block', since: t0 }] : []),
    ...(i % 30 === 0 ? [{ from: u.id, owner: owners[r(owners.length)]!.id, list: 'spam', type: 'mute', since: t0 }] : [])
  ])
  return { users, edges: [...edges.values()].map(e => ({ until: null, ...e })), lists, members, subscriptions }
}

/** Deletes every node of a test's own instance (the :Migration nodes too), in batches. */
export async function emptyGraph (db: Database): Promise<void> {
  while (((await db.run<{ deleted: number }>(q.deleteBatch, { batch: 5_000 }))[0]?.deleted ?? 0) > 0);
}

/** Empties the instance's graph and writes the previous release's store of `n` users on its schema. */
export async function writePreviousRelease (db: Database, n: number, seed: number): Promise<void> {
  await emptyGraph(db)
  await applySchema(db)
  const store = previousReleaseStore(n, seed)
  for (let i = 0; i < store.users.length; i += 5_000) await db.run(q.users, { rows: store.users.slice(i, i + 5_000) })
  for (let i = 0; i < store.edges.length; i += 5_000) await db.run(q.edges, { rows: store.edges.slice(i, i + 5_000) })
  await db.run(q.lists, { lists: store.lists, members: store.members, subscriptions: store.subscriptions })
}

export interface CounterRow { id: string, storedFollowers: number | null, storedFollowing: number | null, storedRequests: number | null, trueFollowers: number, trueFollowing: number, trueRequests: number }

/** Every user whose stored counters differ from a recount of its edges (none missing once migrated). */
export async function wrongCounters (db: Database): Promise<CounterRow[]> {
  const ids = (await db.run<{ id: string }>(q.ids)).map(r => r.id)
  const rows = await db.run<CounterRow>(q.counters, { ids })
  return rows.filter(r => r.storedFollowers !== r.trueFollowers || r.storedFollowing !== r.trueFollowing || r.storedRequests !== r.trueRequests)
}

export async function census (db: Database): Promise<Record<string, number>> {
  return Object.fromEntries((await db.run<{ what: string, count: number }>(q.census)).map(r => [r.what, r.count]))
}
