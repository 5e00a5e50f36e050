// Writes by kind and outcome. The write engine's kinds are counted where their outcomes are decided
// (src/plugins/app/write-path.ts, by src/queries/write-kinds.ts's `countedOf`): every relationship and list
// write, refused ones with their code. What never reaches the engine is counted here, by route: a request
// refused before its op exists (the access rule, the schema, a mute's past `until`) or failed outside it, and
// the import (by the lines its answer counts).
import type { FastifyError } from 'fastify'
import { classify } from '../plugins/external/errors.js'
import type { ImportSummary } from '../schemas/import.js'
import type { WriteOutcome } from './registry.js'

interface WriteRoute {
  kind: string
  /** The engine counts this route's writes, successes and refusals alike. */
  engine?: true
}

const engine = (kind: string): WriteRoute => ({ kind, engine: true })

/** Keyed by "<METHOD> <route pattern>" as Fastify registers it; a write route missing here counts under that key. */
const writeRoutes: Record<string, WriteRoute> = {
  'PUT /v1/users/:id': engine('user.put'),
  'PATCH /v1/users/:id': engine('user.patch'),
  'DELETE /v1/users/:id': engine('user.delete'),
  'POST /v1/import': { kind: 'import' },
  'PUT /v1/users/:id/following/:target': engine('follow'),
  'POST /v1/users/:id/following': engine('follow.many'),
  'DELETE /v1/users/:id/following/:target': engine('unfollow'),
  'DELETE /v1/users/:id/followers/:follower': engine('follower.remove'),
  'PUT /v1/users/:id/blocks/:target': engine('block'),
  'DELETE /v1/users/:id/blocks/:target': engine('unblock'),
  'PUT /v1/users/:id/mutes/:target': engine('mute'),
  'DELETE /v1/users/:id/mutes/:target': engine('unmute'),
  'POST /v1/users/:id/follow-requests/:requester/accept': engine('request.accept'),
  'POST /v1/users/:id/follow-requests/:requester/reject': engine('request.reject'),
  'PUT /v1/users/:id/lists/:list': engine('list.put'),
  'DELETE /v1/users/:id/lists/:list': engine('list.delete'),
  'PUT /v1/users/:id/lists/:list/members/:member': engine('list.member.add'),
  'DELETE /v1/users/:id/lists/:list/members/:member': engine('list.member.remove'),
  'PUT /v1/users/:id/list-blocks/:owner/:list': engine('list.block'),
  'DELETE /v1/users/:id/list-blocks/:owner/:list': engine('list.unblock'),
  'PUT /v1/users/:id/list-mutes/:owner/:list': engine('list.mute'),
  'DELETE /v1/users/:id/list-mutes/:owner/:list': engine('list.unmute')
}

const writeMethods = new Set(['PUT', 'PATCH', 'POST', 'DELETE'])

/** The write route a request was routed to, or undefined for reads and anything outside /v1. */
export function writeRoute (method: string, url: string | undefined): WriteRoute | undefined {
  if (url === undefined || !writeMethods.has(method) || !url.startsWith('/v1/')) return undefined
  return writeRoutes[`${method} ${url}`] ?? { kind: `${method} ${url}` }
}

/** Errors the engine counted already (a refusal, or its batch's failure): the route does not count them again. */
const counted = new WeakSet<object>()

export function countedByEngine<E> (err: E): E {
  if (typeof err === 'object' && err !== null) counted.add(err)
  return err
}

/** A request that ended in `err`: counted once, with its code, unless the engine counted it. */
export function errorOutcome (route: WriteRoute, err: unknown): WriteOutcome | undefined {
  if (typeof err === 'object' && err !== null && counted.has(err)) return undefined
  const { statusCode, code } = classify(err as FastifyError)
  return { kind: route.kind, outcome: statusCode >= 500 ? 'failed' : 'refused', code }
}

/** A write outside the engine that succeeded: by its status, as its route names it (engine routes: none). */
export function successOutcome (route: WriteRoute, status: number): WriteOutcome | undefined {
  if (route.engine === true || route.kind === 'import') return undefined
  const outcome = status === 201 ? 'created' : status === 202 ? 'requested' : status === 204 ? 'done' : 'ok'
  return { kind: route.kind, outcome }
}

/** An import's lines: applied per line kind, refused per code (those past the answer's listed ones as UNLISTED). */
export function importOutcomes (answer: ImportSummary): Array<[WriteOutcome, number]> {
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
