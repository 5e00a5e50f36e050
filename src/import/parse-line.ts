// Validation: one NDJSON line's object checked against the TypeBox schemas of its kind (src/schemas/import.ts),
// its times and the self-relation rule. A row of the export is taken as the line it came from.
import { Compile } from 'typebox/compile'
import { importKinds, type ImportEdge, type ImportKind, type ImportMute, type ImportUser, type Rejection } from '../schemas/import.js'
import type { ImportList, ImportMember, ImportSubscription } from '../schemas/user-lists.js'

const checkers = Object.fromEntries(Object.entries(importKinds).map(([kind, schema]) => [kind, Compile(schema)])) as
  { [K in ImportKind]: ReturnType<typeof Compile> }
const kinds = Object.keys(importKinds) as ImportKind[]

export type Parsed =
  | { kind: 'user', value: ImportUser }
  | EdgeLine
  | ListLine

/** The edge lines: a follow, a request, a block, a mute. */
export type EdgeLine =
  | { kind: 'follow' | 'request' | 'block', value: ImportEdge }
  | { kind: 'mute', value: ImportMute }

/** The list lines: a list, a member, a subscription. */
export type ListLine =
  | { kind: 'list', value: ImportList }
  | { kind: 'member', value: ImportMember }
  | { kind: 'listBlock' | 'listMute', value: ImportSubscription }

export const isListLine = (p: Parsed): p is ListLine => p.kind === 'list' || p.kind === 'member' || p.kind === 'listBlock' || p.kind === 'listMute'

/** Why a line is not a valid line. */
export type Invalid = Omit<Rejection, 'line'>

function invalid (message: string): Invalid {
  return { code: 'VALIDATION', message }
}

const exportedKinds: Record<string, ImportKind> = { FOLLOWS: 'follow', REQUESTED: 'request', BLOCKS: 'block', MUTES: 'mute' }

/** A row of GET /v1/export/users, /edges, /lists, /list-members, /list-subscriptions is accepted as it is, so an export re-imports unchanged. */
function asExportRow (value: Record<string, unknown>, keys: string[]): { kind: ImportKind, body: unknown } | undefined {
  if (keys.length < 2) return undefined
  if (keys.includes('id') && keys.includes('username')) return { kind: 'user', body: value }
  if (keys.includes('owner') && keys.includes('id') && keys.includes('purpose')) return { kind: 'list', body: value }
  if (keys.includes('owner') && keys.includes('list') && keys.includes('member')) return { kind: 'member', body: value }
  if (keys.includes('user') && keys.includes('list') && (value.type === 'block' || value.type === 'mute')) {
    const { type, ...body } = value
    return { kind: type === 'block' ? 'listBlock' : 'listMute', body }
  }
  const kind = typeof value.type === 'string' ? exportedKinds[value.type] : undefined
  if (kind === undefined || !keys.includes('from')) return undefined
  const { type: _type, ...body } = value
  return { kind, body }
}

/** One line's object, or why it is not a valid line (an edge of a user to itself is not). */
export function parseLine (text: string): Parsed | Invalid {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return invalid('line is not JSON')
  }
  const keys = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : []
  const exported = asExportRow(value as Record<string, unknown>, keys)
  const kind = exported?.kind ?? keys[0] as ImportKind
  if (exported === undefined && (keys.length !== 1 || !kinds.includes(kind))) {
    return invalid(`a line is an object with exactly one key: ${kinds.join(', ')} (or a row of the export)`)
  }
  const body = exported?.body ?? (value as Record<string, unknown>)[kind]
  const checker = checkers[kind]
  if (!checker.Check(body)) {
    const [first] = checker.Errors(body)
    const where = first === undefined ? '' : `${kind}${first.instancePath.replace(/\//g, '.')}`
    // An unknown field shows as the `false` schema of additionalProperties at the field's own path.
    const detail = first?.keyword === 'boolean'
      ? 'unknown field'
      : first?.keyword === 'required'
        ? `missing field ${String((first.params as { requiredProperties?: string[] }).requiredProperties?.[0] ?? '')}`
        : first?.message ?? 'invalid'
    return invalid(`${where} ${detail}`.trim())
  }
  for (const field of ['since', 'until', 'createdAt']) {
    const time = (body as Record<string, unknown>)[field]
    if (typeof time === 'string' && Number.isNaN(Date.parse(time))) return invalid(`${kind}.${field} is not a valid time`)
  }
  const { from, to } = body as { from?: string, to?: string }
  if (from !== undefined && from === to) return { code: 'SELF_RELATION', message: `'${String(from)}' cannot ${kind} itself` }
  return { kind, value: body } as Parsed
}
