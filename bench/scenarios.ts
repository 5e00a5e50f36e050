// The read scenarios: one HTTP request each (at API.md's paths) and, for the raw baseline, the statements the
// service runs for it, read from the same .cypher files with the same parameters and transaction grouping
// (mirrors src/plugins/app/graph-repository.ts and the routes; a statement whose file is not there yet makes
// the baseline n/a).
import neo4j from 'neo4j-driver'
import { firstPage, type PageStart } from '../src/cursors.js'
import { readQuery } from '../src/queries/cypher.js'
import { suggestionCaps } from '../src/queries/suggestions.js'
import type { BlockListFixtures } from './dataset.js'
import type { HttpRequest, Statement } from './load.js'

export interface ReadScenario {
  name: string
  /**
   * Which target it feeds: p99 < 10 ms at 32 connections applies to pages, counts, relationships (issue 6);
   * p99 < 50 ms to recommendations (issue 13).
   */
  group: 'page' | 'counts' | 'relationships' | 'recommendations' | 'other'
  request: HttpRequest
  /** One inner list per read transaction; undefined when a statement file is missing. */
  raw: Statement[][] | undefined
}

export interface Fixtures {
  /** The top celebrity, a user with about ten followers, a user following about a thousand. */
  celebrity: string
  normal: string
  heavy: string
  /** Where the page 90% deep into the celebrity's followers starts (cursor for HTTP, position for raw). */
  deep: { cursor: string, start: PageStart } | undefined
  relationshipIds: string[]
}

/**
 * As GET /v1/users/{id}/similar: with a user token the access policy's facts (a transaction of its own, as the
 * access hook reads them), then the stored list filtered for the reader (one statement).
 */
function similarRaw (id: string, viewer: string | null): Statement[][] | undefined {
  const read = [statement('similar/allowed-similar', { id, viewer, similar: null, scores: null, limit: neo4j.int(20) })]
  return viewer === null ? transactions(read) : transactions([statement('access/subject-facts', { ids: [id], reader: viewer })], read)
}

function statement (name: string, params: Record<string, unknown>): Statement | undefined {
  try {
    return { text: readQuery(name).text, params }
  } catch {
    return undefined
  }
}

function transactions (...txs: Array<Array<Statement | undefined>>): Statement[][] | undefined {
  return txs.every(tx => tx.every(s => s !== undefined)) ? txs as Statement[][] : undefined
}

/** Page size of the measured list requests (the API's default). */
export const pageLimit = 100

export function readScenarios (f: Fixtures, auth: string, userAuth: (id: string) => string): ReadScenario[] {
  const headers = { authorization: auth }
  const get = (path: string): HttpRequest => ({ method: 'GET', path, headers })
  // A service token: no sub, so no viewer filtering (viewer null) and no access facts (access-policy.ts).
  const list = (kind: string, id: string, start: PageStart): Statement[][] | undefined => transactions([
    statement(`network-pages/${kind}-page`, { id, ...start, limit: neo4j.int(pageLimit + 1), includeBlocked: false, viewer: null })
  ])
  const scenarios: ReadScenario[] = [
    { name: 'followers page 1 (top celebrity)', group: 'page', request: get(`/v1/users/${f.celebrity}/followers?limit=${pageLimit}`), raw: list('followers', f.celebrity, firstPage) }
  ]
  if (f.deep !== undefined) {
    scenarios.push({
      name: 'followers page 90% deep',
      group: 'page',
      request: get(`/v1/users/${f.celebrity}/followers?limit=${pageLimit}&cursor=${encodeURIComponent(f.deep.cursor)}`),
      raw: list('followers', f.celebrity, f.deep.start)
    })
  }
  scenarios.push(
    { name: 'following page (~1k following)', group: 'page', request: get(`/v1/users/${f.heavy}/following?limit=${pageLimit}`), raw: list('following', f.heavy, firstPage) },
    { name: 'friends page (~1k following)', group: 'page', request: get(`/v1/users/${f.heavy}/friends?limit=${pageLimit}`), raw: list('friends', f.heavy, firstPage) },
    { name: 'counts (top celebrity)', group: 'counts', request: get(`/v1/users/${f.celebrity}/counts`), raw: transactions([statement('counts/user-counts', { id: f.celebrity })]) },
    { name: 'counts (10 followers)', group: 'counts', request: get(`/v1/users/${f.normal}/counts`), raw: transactions([statement('counts/user-counts', { id: f.normal })]) },
    {
      name: 'relationships (100 ids)',
      group: 'relationships',
      request: get(`/v1/users/${f.heavy}/relationships?ids=${f.relationshipIds.join(',')}`),
      raw: transactions([statement('lookups/relationships', { id: f.heavy, ids: f.relationshipIds })])
    },
    {
      name: 'suggestions (~1k following)',
      group: 'recommendations',
      request: get(`/v1/users/${f.heavy}/suggestions`),
      // As the route: the precomputed candidates checked now (the heavy user has enough of them after the
      // precompute, so the user lookup, friends of friends and the fill never run).
      raw: transactions([
        statement('suggestions/precomputed', { id: f.heavy, reader: null, limit: neo4j.int(20) })
      ])
    },
    {
      name: 'suggestions, friends of friends (~1k following)',
      group: 'other',
      request: get(`/v1/users/${f.heavy}/suggestions?limit=100`),
      // limit 100 > the 40 stored: the precomputed candidates, then friends of friends (the fallback's cost).
      raw: transactions([
        statement('users/get-user', { id: f.heavy }),
        statement('suggestions/precomputed', { id: f.heavy, reader: null, limit: neo4j.int(100) }),
        statement('suggestions/friends-of-friends', { id: f.heavy, reader: null, limit: 140, ...suggestionCaps })
      ])
    },
    {
      name: 'similar (top celebrity, service token)',
      group: 'recommendations',
      request: get(`/v1/users/${f.celebrity}/similar`),
      raw: similarRaw(f.celebrity, null)
    },
    {
      name: 'similar (10 followers, user token)',
      group: 'recommendations',
      request: { method: 'GET', path: `/v1/users/${f.normal}/similar`, headers: { authorization: userAuth(f.heavy) } },
      raw: similarRaw(f.normal, f.heavy)
    },
    {
      name: 'known-followers (of top celebrity)',
      group: 'other',
      request: get(`/v1/users/${f.heavy}/known-followers/${f.celebrity}?limit=${pageLimit}`),
      raw: transactions([statement('network-pages/known-followers', { id: f.heavy, target: f.celebrity, viewer: null, ...firstPage, limit: neo4j.int(pageLimit + 1) })])
    }
  )
  return scenarios
}

/**
 * The block list scenario (bench/dataset.ts, ensureBlockList): counts of a subscriber and of a member of a
 * moderation list with 10,000 members and 10,000 subscribers (at M), to compare with an ordinary user's counts;
 * page 1 of the followers of a celebrity that subscribes to it, and of the next celebrity, which does not.
 */
export function blockListScenarios (f: BlockListFixtures, auth: string): ReadScenario[] {
  const headers = { authorization: auth }
  const get = (path: string): HttpRequest => ({ method: 'GET', path, headers })
  const counts = (id: string): Statement[][] | undefined => transactions([statement('counts/user-counts', { id })])
  const page = (id: string): Statement[][] | undefined => transactions([
    statement('network-pages/followers-page', { id, ...firstPage, limit: neo4j.int(pageLimit + 1), includeBlocked: false, viewer: null })
  ])
  const n = (x: number): string => x.toLocaleString('en')
  return [
    { name: `block list: counts, subscriber (${n(f.members)} members, ${n(f.subscribers)} subscribers)`, group: 'counts', request: get(`/v1/users/${f.subscriber}/counts`), raw: counts(f.subscriber) },
    { name: 'block list: counts, member', group: 'counts', request: get(`/v1/users/${f.member}/counts`), raw: counts(f.member) },
    {
      name: `block list: followers page 1, subscriber (${n(f.celebritySubscriber.followers)} followers)`,
      group: 'page',
      request: get(`/v1/users/${f.celebritySubscriber.id}/followers?limit=${pageLimit}`),
      raw: page(f.celebritySubscriber.id)
    },
    {
      name: `block list: followers page 1, no list (${n(f.celebrityPeer.followers)} followers)`,
      group: 'page',
      request: get(`/v1/users/${f.celebrityPeer.id}/followers?limit=${pageLimit}`),
      raw: page(f.celebrityPeer.id)
    }
  ]
}
