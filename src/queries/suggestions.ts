// Suggestions: the candidates the precompute stored (random walks over GDS, see
// scripts/lib/precompute-suggestions.ts), then friends-of-friends with capped fan-out, then popular users.
// Every part is what the reader may learn (API.md v1.2): the stored candidates draw on the follows everyone may
// see, friends of friends on those the reader may see (cypher/reader/); the `via` users named are those the
// access policy lets the reader see named (mayName).
import { mayName, readerOf, type Principal } from '../access-policy.js'
import type { Database } from '../database.js'
import type { Suggestion, SuggestionReason } from '../schemas/suggestions.js'
import neo4j from 'neo4j-driver'
import { readQuery } from './cypher.js'

const q = {
  user: readQuery('users/get-user'),
  precomputed: readQuery('suggestions/precomputed'),
  friendsOfFriends: readQuery('suggestions/friends-of-friends'),
  mostFollowed: readQuery('suggestions/most-followed'),
  followableAmong: readQuery('suggestions/followable-among')
}

/** The caps on the fan-out (documented in the route's description): at most 5,000 second-degree edges read.
 * For a user following 987 in a 100k-user / 2M-follow graph, one connection: 200 x 100 took a median 73 ms
 * (38,433 db hits), 100 x 50 a median 40 ms (16,463 db hits), on the shared 2-core machine, when every
 * candidate was checked; friends-of-friends.cypher now checks them in rank order (median 6.4 ms). */
export const suggestionCaps = { maxFollowings: 100, perFollowing: 50 }
/** Popular users kept for the cold start, and for how long (ms). */
export const popularPool = { size: 500, ttlMs: 60_000 }

interface Popular { id: string, followers: number }
/** The most-followed users, most first, and their ids as a set (the reasons ask it of every item). */
interface PopularPool { users: Popular[], ids: Set<string> }
const popularCache = new WeakMap<Database, { at: number, pool: Promise<PopularPool> }>()

/** The most-followed users, computed at most once a minute per database (one scan of the users' degrees). */
export async function mostFollowed (db: Database): Promise<PopularPool> {
  const cached = popularCache.get(db)
  if (cached !== undefined && Date.now() - cached.at < popularPool.ttlMs) return await cached.pool
  const pool = db.run<Popular>(q.mostFollowed, { limit: popularPool.size }).then(users => ({ users, ids: new Set(users.map(u => u.id)) }))
  popularCache.set(db, { at: Date.now(), pool })
  pool.catch(() => { popularCache.delete(db) })
  return await pool
}

/** A list in words: "a", "a and b", "a, b and c". */
function wordList (words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`
}

/**
 * Why a suggestion is made, in words (the Suggestion schema's `why`): the named via users (by username) and
 * how many more of the user's followings follow it, whether it follows the user, else whether it is popular.
 */
export function reasonsFor (s: { mutualCount: number, via: string[] }, facts: { followsYou: boolean, popular: boolean, usernames: Map<string, string> }): SuggestionReason[] {
  const why: SuggestionReason[] = []
  if (s.mutualCount > 0) {
    const users = s.via.filter(v => facts.usernames.has(v))
    const names = users.map(v => facts.usernames.get(v)!)
    const others = s.mutualCount - names.length
    const text = names.length === 0
      ? `followed by ${others} ${others === 1 ? 'person' : 'people'} you follow`
      : others <= 0
        ? `followed by ${wordList(names)}`
        : `followed by ${wordList([...names, `${others} ${others === 1 ? 'other' : 'others'} you follow`])}`
    why.push({ kind: 'followed-by', text, users })
  }
  if (facts.followsYou) why.push({ kind: 'follows-you', text: 'follows you', users: [] })
  if (why.length === 0) why.push(facts.popular ? { kind: 'popular', text: 'popular', users: [] } : { kind: 'network', text: 'in your wider network', users: [] })
  return why
}

/**
 * Suggestions for `id`, undefined when there is no such user: the precomputed candidates still allowed now;
 * when fewer than `limit`, one read transaction with them again, the user lookup, ranked friends-of-friends,
 * then popular users. Each statement answers, in the reader's view, what the reasons need (reasonsFor): whether the
 * candidate follows id by a follow the reader may see, and the via users' usernames (named only when the
 * access policy lets the reader see them named: mayName).
 */
export async function suggestionsFor (db: Database, id: string, limit: number, principal: Principal): Promise<Suggestion[] | undefined> {
  type Via = { id: string, username: string, hideNetwork: boolean }
  type Item = Omit<Suggestion, 'why' | 'via'> & { via: Via[], followsYou: boolean }
  type Row = Omit<Item, 'score'> & { sampled: number }
  const reader = readerOf(principal)
  const popular = await mostFollowed(db)
  const explained = (items: Item[]): Suggestion[] => items.map(({ via, followsYou, ...i }) => {
    const named = via.filter(v => mayName(principal, v)).slice(0, 3)
    const item = { ...i, via: named.map(v => v.id) }
    const usernames = new Map(named.map(v => [v.id, v.username]))
    return { ...item, why: reasonsFor(item, { followsYou, popular: popular.ids.has(i.id), usernames }) }
  })
  const params = { id, reader, limit: neo4j.int(limit) }
  // The usual request: the stored candidates fill the page, one statement (an auto-commit read, Database.run).
  // Rows mean that id exists, so no user lookup then.
  const stored = await db.run<Item>(q.precomputed, params)
  if (stored.length >= limit) return explained(stored)
  // Short of them: every source in one transaction (the stored candidates read again in it, so that the
  // sources exclude each other on one snapshot).
  return await db.transaction('READ', async tx => {
    const items = await tx.run<Item>(q.precomputed, params)
    if (items.length >= limit) return explained(items)
    if ((await tx.run(q.user, { id })).length === 0) return undefined
    const taken = new Set(items.map(i => i.id))
    const rows = await tx.run<Row>(q.friendsOfFriends, { id, reader, limit: limit + items.length, ...suggestionCaps })
    for (const { sampled, ...r } of rows) {
      if (items.length >= limit) break
      if (taken.has(r.id)) continue
      taken.add(r.id)
      items.push({ ...r, score: Math.round((r.mutualCount / sampled) * 1e4) / 1e4 })
    }
    if (items.length >= limit) return explained(items)
    const fill = await tx.run<{ id: string, username: string, name: string, followsYou: boolean }>(q.followableAmong,
      { id, reader, candidates: popular.users, exclude: [...taken], limit: limit - items.length })
    return explained([...items, ...fill.map(u => ({ ...u, score: 0, mutualCount: 0, via: [] }))])
  })
}
