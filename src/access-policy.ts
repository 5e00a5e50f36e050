// The one access policy (API.md "Auth" and "Who may read what"). Every /v1 route declares which rule applies
// to it (`config.access`, built with `rules` below); src/plugins/app/access.ts enforces it for every request,
// and the repositories ask this module which fields and rows of an answer a reader may see. Nothing else in
// the service decides who may read what.
//
// Readers: a user token (`sub`), a service token (no `sub`), an admin token (`graph:admin`, which reads and
// writes like a service). Parts of a user's graph:
// - its profile and counts: any reader with graph:read (counts withhold fields, `withheldCounts`);
// - its network (followers, following, friends, and whatever is derived from them: known-followers through
//   it, similar accounts, `via` naming it, list members of its lists): itself and services always; with
//   `hideNetwork` nobody else (403 HIDDEN_NETWORK); when private, only its visible followers
//   (403 PRIVATE_ACCOUNT);
// - its own views (blocks, mutes, follow requests, relationships, suggestions, includeBlocked=true on any
//   list): itself and services (403 FORBIDDEN);
// - export, import and the change feed: graph:admin.
// Writes on behalf of a user: that user with graph:write, or graph:admin.
import { Forbidden, HiddenNetwork, PrivateAccount } from './errors.js'

/** Who is calling: the token's user (if any) and its scopes. */
export interface Principal {
  sub: string | null
  scopes: ReadonlySet<string>
}

export const isAdmin = (p: Principal): boolean => p.scopes.has('graph:admin')
export const canRead = (p: Principal): boolean => isAdmin(p) || p.scopes.has('graph:read')
/** A service (no `sub`) or admin token: reads everything a user may hide from other users. */
export const isService = (p: Principal): boolean => p.sub === null || isAdmin(p)
/** The user itself or a service: the only readers of a user's own views. */
export const isSelfOrService = (p: Principal, id: string): boolean => isService(p) || p.sub === id

/**
 * What a route reveals, by the names of its path parameters. A route without a rule is still authenticated:
 * reads then need graph:read, and any other method graph:admin (`ruleOf`).
 */
export type AccessRule =
  /** A user's profile or counts: any reader. */
  | { kind: 'read' }
  /** Part of the network of each named user (their followers or following). */
  | { kind: 'network', users: string[] }
  /** One edge from -> to: part of from's following and of to's followers (either end may always ask). */
  | { kind: 'edge', from: string, to: string }
  /** The named user's own view. */
  | { kind: 'ownView', user: string }
  /**
   * A write on behalf of the named user; `reveals`: users whose network the write draws on (subscribing to a
   * list reveals its members, part of its owner's network), checked as a read of it.
   */
  | { kind: 'writeAs', user: string, reveals?: string[] }
  | { kind: 'admin' }

export const rules = {
  read: { kind: 'read' } as AccessRule,
  network: (...users: string[]): AccessRule => ({ kind: 'network', users }),
  edge: (from: string, to: string): AccessRule => ({ kind: 'edge', from, to }),
  ownView: (user: string): AccessRule => ({ kind: 'ownView', user }),
  writeAs: (user: string, ...reveals: string[]): AccessRule => ({ kind: 'writeAs', user, ...(reveals.length > 0 && { reveals }) }),
  admin: { kind: 'admin' } as AccessRule
}

/** The rule of a route: its own, or the default of its method. */
export function ruleOf (method: string, declared: AccessRule | undefined): AccessRule {
  return declared ?? (method === 'GET' || method === 'HEAD' ? rules.read : rules.admin)
}

/**
 * The checks that need no database: scopes, own views, admin, writes. `includeBlocked=true` on any read makes
 * it an own view of `id`. Throws 403 FORBIDDEN.
 */
export function checkRule (p: Principal, rule: AccessRule, params: Record<string, string>, includeBlocked: boolean): void {
  const param = (name: string): string => params[name] ?? ''
  switch (rule.kind) {
    case 'admin':
      if (!isAdmin(p)) throw new Forbidden('graph:admin scope required')
      return
    case 'writeAs':
      if (isAdmin(p)) return
      if (!p.scopes.has('graph:write')) throw new Forbidden('graph:write scope required')
      if (p.sub !== param(rule.user)) throw new Forbidden('a token may only write on behalf of its own user (or use graph:admin)')
      return
    default:
      if (!canRead(p)) throw new Forbidden('graph:read scope required')
      if (rule.kind === 'ownView' && !isSelfOrService(p, param(rule.user))) {
        throw new Forbidden("only the user itself or a service token may read this user's own views")
      }
      if (includeBlocked && !isSelfOrService(p, param('id'))) {
        throw new Forbidden('includeBlocked=true is an own view: only the user itself or a service token may ask for it')
      }
  }
}

/** What the policy needs to know of a user whose network a read reveals (cypher/access/subject-facts.cypher). */
export interface SubjectFacts {
  id: string
  private: boolean
  hideNetwork: boolean
  /** The reader follows the user visibly (a FOLLOWS with no block between them). */
  readerFollows: boolean
}

/** Whether the network checks need facts from the database: services and admins read every network. */
export const needsFacts = (p: Principal, rule: AccessRule): boolean =>
  !isService(p) && (rule.kind === 'network' || rule.kind === 'edge' || (rule.kind === 'writeAs' && rule.reveals !== undefined))

/** The users a rule needs facts about (unknown users are the route's 404, not the policy's business). */
export function subjectsOf (p: Principal, rule: AccessRule, params: Record<string, string>): string[] {
  if (!needsFacts(p, rule)) return []
  if (rule.kind === 'network') return rule.users.map(u => params[u] ?? '')
  if (rule.kind === 'writeAs') return (rule.reveals ?? []).map(u => params[u] ?? '')
  if (rule.kind === 'edge') {
    const ends = [params[rule.from] ?? '', params[rule.to] ?? '']
    // Either end of an edge may ask about it: it reveals nothing of anyone else.
    return ends.includes(p.sub ?? '') ? [] : ends
  }
  return []
}

/** Why this reader may not read this user's network, or null when it may. */
export function networkRefusal (p: Principal, s: SubjectFacts): Error | null {
  if (isSelfOrService(p, s.id)) return null
  if (s.hideNetwork) return new HiddenNetwork(s.id)
  if (s.private && !s.readerFollows) return new PrivateAccount(s.id)
  return null
}

/** Throws the first refusal among the users whose network a read reveals. */
export function checkNetworks (p: Principal, subjects: SubjectFacts[]): void {
  for (const s of subjects) {
    const refusal = networkRefusal(p, s)
    if (refusal !== null) throw refusal
  }
}

export type CountField = 'followers' | 'following' | 'friends' | 'blocks' | 'mutes' | 'pendingRequests'

/**
 * The counts a reader may not see: blocks, mutes and pending requests are the user's own business; a hidden
 * network hides followers, following and friends too. Withheld counts are answered null.
 */
export function withheldCounts (p: Principal, subject: { id: string, hideNetwork: boolean }): CountField[] {
  if (isSelfOrService(p, subject.id)) return []
  return subject.hideNetwork
    ? ['followers', 'following', 'friends', 'blocks', 'mutes', 'pendingRequests']
    : ['blocks', 'mutes', 'pendingRequests']
}

/**
 * Whose view a derived answer is computed in (the `$reader` of cypher/reader/): the token's user, or null for a
 * service or admin token, which may read every network (API.md v1.2: an answer depends only on what its reader
 * may see).
 */
export function readerOf (p: Principal): string | null {
  return isService(p) ? null : p.sub
}

/** The `$reader` of work done ahead of time: nobody in particular, so only follows everyone may see count. */
export const everyone = ''

/**
 * The viewer whose block relations filter what a reader is shown of id's graph: the token's user, unless it
 * reads its own (services see no viewer filtering).
 */
export function viewerOf (p: Principal, id: string): string | null {
  return p.sub !== null && p.sub !== id ? p.sub : null
}

/**
 * Whether a user may be named as a reason ("via") in what a reader is shown: naming v as following someone
 * reveals part of v's network. The suggestions' via users are followings of their reader, so the facts are
 * hideNetwork alone: a private via user is one the reader follows.
 */
export function mayName (p: Principal, v: { id: string, hideNetwork: boolean }): boolean {
  return isSelfOrService(p, v.id) || !v.hideNetwork
}
