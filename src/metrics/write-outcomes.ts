// Writes by kind and outcome, derived in one place from what the API answered: the route names the kind, the
// status the outcome (API.md gives each status one meaning per route), the error body the code. Routes and
// repositories know nothing of it. A write route missing from the table still counts, under the kind
// "<METHOD> <route>", until it is named here.
import type { ImportSummary } from '../schemas/import.js'
import type { WriteOutcome } from './registry.js'

interface WriteRoute {
  kind: string
  /** What a 200 means for this route (default "ok"): "existing" for an edge that was there, "updated"... */
  ok?: string
  /** What a 204 means (default "done": idempotent deletes do not say whether there was anything to delete). */
  noContent?: string
  /**
   * A 200 answers `{ items: [{ status, code? }] }`, one per write, each as a single request of this route's
   * `kind` would answer: each item counts as that request would.
   */
  each?: WriteRoute
}

/** Keyed by "<METHOD> <route pattern>" as Fastify registers it. */
const writeRoutes: Record<string, WriteRoute> = {
  'PUT /v1/users/:id': { kind: 'user.put', ok: 'updated' },
  'PATCH /v1/users/:id': { kind: 'user.patch', ok: 'updated' },
  'DELETE /v1/users/:id': { kind: 'user.delete', noContent: 'deleted' },
  'PUT /v1/users/:id/following/:target': { kind: 'follow', ok: 'existing' },
  'DELETE /v1/users/:id/following/:target': { kind: 'unfollow' },
  'DELETE /v1/users/:id/followers/:follower': { kind: 'follower.remove' },
  'PUT /v1/users/:id/blocks/:target': { kind: 'block', ok: 'existing' },
  'DELETE /v1/users/:id/blocks/:target': { kind: 'unblock' },
  'PUT /v1/users/:id/mutes/:target': { kind: 'mute', ok: 'updated' },
  'DELETE /v1/users/:id/mutes/:target': { kind: 'unmute' },
  'POST /v1/users/:id/follow-requests/:requester/accept': { kind: 'request.accept', ok: 'accepted' },
  'POST /v1/users/:id/follow-requests/:requester/reject': { kind: 'request.reject', noContent: 'rejected' },
  'POST /v1/import': { kind: 'import' },
  // Follow many at once (API.md, lists): each target's answer is a single follow's.
  'POST /v1/users/:id/following': { kind: 'follow.many', each: { kind: 'follow', ok: 'existing' } }
}

const writeMethods = new Set(['PUT', 'PATCH', 'POST', 'DELETE'])

/** The write route a request was routed to, or undefined for reads and anything outside /v1. */
export function writeRoute (method: string, url: string | undefined): WriteRoute | undefined {
  if (url === undefined || !writeMethods.has(method) || !url.startsWith('/v1/')) return undefined
  return writeRoutes[`${method} ${url}`] ?? { kind: `${method} ${url}` }
}

/** The error body's code, when the answer is one (`{ statusCode, code, ... }`, src/plugins/external/errors.ts). */
function errorCode (payload: unknown): string {
  if (typeof payload !== 'string') return 'UNKNOWN'
  try {
    const { code } = JSON.parse(payload) as { code?: unknown }
    return typeof code === 'string' ? code : 'UNKNOWN'
  } catch {
    return 'UNKNOWN'
  }
}

/** An import's lines: applied per line kind, refused per code (those past the answer's listed ones as UNLISTED). */
function importOutcomes (payload: unknown): Array<[WriteOutcome, number]> {
  const answer = JSON.parse(String(payload)) as ImportSummary
  const refused = new Map<string, number>()
  for (const { code } of answer.rejected) refused.set(code, (refused.get(code) ?? 0) + 1)
  const unlisted = answer.rejectedCount - answer.rejected.length
  if (unlisted > 0) refused.set('UNLISTED', unlisted)
  const applied = { user: answer.users, follow: answer.follows, request: answer.requests, block: answer.blocks, mute: answer.mutes }
  return [
    ...Object.entries(applied).map(([line, n]): [WriteOutcome, number] => [{ kind: `import.${line}`, outcome: 'applied' }, n]),
    ...[...refused].map(([code, n]): [WriteOutcome, number] => [{ kind: 'import.line', outcome: 'refused', code }, n])
  ]
}

/** A success's outcome: by its status, as this route names it. */
function success (route: WriteRoute, status: number): string {
  if (status === 201) return 'created'
  if (status === 202) return 'requested'
  if (status === 204) return route.noContent ?? 'done'
  return route.ok ?? 'ok'
}

/** The answer's items, each as the single request it stands for would have counted. */
function itemOutcomes (route: WriteRoute, payload: unknown): Array<[WriteOutcome, number]> {
  const { items } = JSON.parse(String(payload)) as { items: Array<{ status: number, code?: string }> }
  const counts = new Map<string, [WriteOutcome, number]>()
  for (const { status, code } of items) {
    const outcome: WriteOutcome = status >= 400
      ? { kind: route.kind, outcome: status >= 500 ? 'failed' : 'refused', code: code ?? 'UNKNOWN' }
      : { kind: route.kind, outcome: success(route, status) }
    const key = `${outcome.outcome} ${outcome.code ?? ''}`
    counts.set(key, [outcome, (counts.get(key)?.[1] ?? 0) + 1])
  }
  return [...counts.values()]
}

/**
 * What one answered write counts as: [outcome, how many]. An import counts each of its lines, a request of
 * many writes each of them; a refused or failed request counts once, with its error code.
 */
export function writeOutcomes (route: WriteRoute, status: number, payload: unknown): Array<[WriteOutcome, number]> {
  const { kind } = route
  if (status >= 500) return [[{ kind, outcome: 'failed', code: errorCode(payload) }, 1]]
  if (status >= 400) return [[{ kind, outcome: 'refused', code: errorCode(payload) }, 1]]
  if (kind === 'import' && status === 200) return importOutcomes(payload)
  if (route.each !== undefined && status === 200) return itemOutcomes(route.each, payload)
  return [[{ kind, outcome: success(route, status) }, 1]]
}
