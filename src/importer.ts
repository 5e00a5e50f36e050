// Bulk import: NDJSON lines read from a stream one at a time, each validated on its own, gathered into
// batches applied in one transaction each (src/queries/import.ts). Memory stays bounded by one batch and one
// line whatever the input's size; a bad line is reported by number and never stops the others.
//
// A batch holds user lines (each user once), edge lines (they go through the live API's write path,
// src/queries/writes.ts, which applies a pair's lines in file order) or list lines (lists, members,
// subscriptions: the write path too): the result is the file's order, applied line by line, at batch speed.
import { StringDecoder } from 'node:string_decoder'
import { Compile } from 'typebox/compile'
import type { Database } from './database.js'
import { applyImportBatch, type BatchRows, type Refusal } from './queries/import.js'
import type { ListOp } from './queries/list-writes.js'
import { pairOf, type WriteOp } from './queries/writes.js'
import { importKinds, type ImportEdge, type ImportKind, type ImportMute, type ImportSummary, type ImportUser, type Rejection } from './schemas/import.js'
import type { ImportList, ImportMember, ImportSubscription } from './schemas/user-lists.js'

/**
 * Lines per batch (one transaction). 5,000 with two batches in flight: the same edges/s as 10,000 (bench, M),
 * with the service's RSS during a 200,000-edge import at 239 MB instead of 300 MB.
 */
export const defaultBatchSize = 5_000
/**
 * Batches applied at once. Two transactions keep both cores of a small machine busy (the statements run in
 * parallel; commits are serialized by Neo4j anyway); a batch waits for any in-flight batch it depends on.
 */
export const defaultParallelBatches = 2
/** A longer line is refused without being held in memory. */
export const maxLineLength = 64 * 1024
const maxListedRejections = 10_000

const checkers = Object.fromEntries(Object.entries(importKinds).map(([kind, schema]) => [kind, Compile(schema)])) as
  { [K in ImportKind]: ReturnType<typeof Compile> }
const kinds = Object.keys(importKinds) as ImportKind[]

export interface ImportProgress { lines: number, bytes: number, applied: number, rejected: number }

export interface ImportOptions {
  batchSize?: number
  /** Called after each batch is committed. */
  onProgress?: (p: ImportProgress) => void
  /** Record what the import changes in the change feed (default true); false for an initial load. */
  recordChanges?: boolean
  /** Batches in their transactions at once (default defaultParallelBatches). */
  parallelBatches?: number
}

export interface Line { number: number, text: string | null, bytes: number }

/** Splits a byte stream into lines (\n or \r\n); a line over maxLineLength comes back with text null. */
export async function * linesOf (input: AsyncIterable<Buffer | string>): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8')
  let pending = ''
  let overlong = false
  let number = 0
  let bytes = 0
  const emit = (text: string): Line => {
    number++
    const line = { number, text: overlong ? null : text.endsWith('\r') ? text.slice(0, -1) : text, bytes }
    overlong = false
    return line
  }
  for await (const chunk of input) {
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length
    let text = pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk))
    let start = 0
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      yield emit(text.slice(start, nl))
      start = nl + 1
    }
    text = text.slice(start)
    if (text.length > maxLineLength) {
      overlong = true
      text = ''
    }
    pending = text
  }
  pending += decoder.end()
  if (pending !== '' || overlong) yield emit(pending)
}

export type Parsed =
  | { kind: 'user', value: ImportUser }
  | { kind: 'follow' | 'request' | 'block', value: ImportEdge }
  | { kind: 'mute', value: ImportMute }
  | ListLine

/** The list lines: a list, a member, a subscription. */
type ListLine =
  | { kind: 'list', value: ImportList }
  | { kind: 'member', value: ImportMember }
  | { kind: 'listBlock' | 'listMute', value: ImportSubscription }

export const isListLine = (p: Parsed): p is ListLine => p.kind === 'list' || p.kind === 'member' || p.kind === 'listBlock' || p.kind === 'listMute'

function invalid (message: string): { code: string, message: string } {
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
export function parseLine (text: string): Parsed | { code: string, message: string } {
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

const messages: Record<string, (op: WriteOp | undefined) => string> = {
  BLOCKED_BY_TARGET: op => `'${op?.target ?? ''}' blocks '${op?.id ?? ''}'`,
  UNBLOCK_FIRST: op => `'${op?.id ?? ''}' blocks '${op?.target ?? ''}': unblock first`
}

const listMessages: Record<string, (op: ListOp) => string> = {
  LIST_NOT_FOUND: op => `user '${op.owner}' has no list '${op.list}'`,
  PURPOSE_FIXED: op => `list '${op.owner}/${op.list}' keeps the purpose it was created with`,
  NOT_A_MODERATION_LIST: op => `list '${op.owner}/${op.list}' is a curation list`,
  BLOCKED_BY_TARGET: op => `'${op.member ?? ''}' blocks the list's owner '${op.owner}'`
}

/**
 * A time as the live writes store it: UTC, millisecond precision (the keyset indexes order by that value).
 * A checked time already in that form (as the export writes it) is its own ISO string: kept as it is, which
 * saves a Date round trip per line of a bulk load (the date-time format refuses hour 24 and days past a month's end).
 */
const utcMsForm = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
export const utcMs = (time: string | null | undefined): string | null =>
  time === null || time === undefined ? null : utcMsForm.test(time) ? time : new Date(time).toISOString()

/** A list line as the write path's op, with its given times; a line for an existing membership is a no-op. */
function listOpOf (p: ListLine): ListOp {
  switch (p.kind) {
    case 'list': {
      const l = p.value
      return { kind: 'putList', id: l.owner, owner: l.owner, list: l.id, name: l.name, purpose: l.purpose, description: l.description ?? '', createdAt: utcMs(l.createdAt) }
    }
    case 'member': return { kind: 'addMember', id: p.value.owner, owner: p.value.owner, list: p.value.list, member: p.value.member, since: utcMs(p.value.since), keepExisting: true }
    default: return { kind: 'subscribe', type: p.kind === 'listBlock' ? 'block' : 'mute', id: p.value.user, owner: p.value.owner, list: p.value.list, since: utcMs(p.value.since) }
  }
}

/** An edge line as the write path's op: the import's lines are the live writes with a given since. */
function opOf (p: Exclude<Parsed, { kind: 'user' } | ListLine>): WriteOp {
  const { from: id, to: target } = p.value
  const since = utcMs(p.value.since)
  switch (p.kind) {
    // An imported follow is an established one (FOLLOWS even to a private user); a request line is the live
    // follow. A line for an edge that exists already (even hidden) is a no-op.
    case 'follow': return { kind: 'follow', id, target, since, establish: true, keepExisting: true }
    case 'request': return { kind: 'follow', id, target, since, establish: false, keepExisting: true }
    case 'block': return { kind: 'block', id, target, since }
    case 'mute': return { kind: 'mute', id, target, since, until: utcMs(p.value.until) }
  }
}

class Batch {
  readonly rows: BatchRows = { users: [], edges: [], lists: [] }
  size = 0
  private readonly userIds = new Set<string>()
  private readonly usernames = new Map<string, string>()
  /** Every pair of users a line of this batch relates, in either direction ('a b' with a < b). */
  private readonly related = new Set<string>()
  /** Edge and list lines by number, to word the database's refusals. */
  readonly edges = new Map<number, WriteOp>()
  readonly listOps = new Map<number, ListOp>()
  readonly usernameOf = new Map<number, string>()

  /**
   * False when the line must start a new batch: a batch holds user lines, edge lines or list lines, one kind
   * (each kind locks in one sorted pass; a list line's outcome depends on edges and users), and each user once.
   * Edge lines on a same pair may share a batch, and list lines on a same list: the write path applies them in
   * waves, in file order.
   */
  fits (p: Parsed): boolean {
    if (p.kind === 'user') return this.rows.edges.length === 0 && this.rows.lists.length === 0 && !this.userIds.has(p.value.id)
    if (isListLine(p)) return this.rows.users.length === 0 && this.rows.edges.length === 0
    return this.rows.users.length === 0 && this.rows.lists.length === 0
  }

  /**
   * Whether this batch's outcome may depend on `other` (an earlier batch) having committed, so that they must
   * not run at the same time. A line's outcome depends only on the edges between its two users and on the
   * users themselves (existence, privacy, usernames): batches with user lines run alone; edge-only batches
   * conflict when they relate a same pair of users.
   */
  dependsOn (other: Batch): boolean {
    if (this.rows.users.length > 0 || other.rows.users.length > 0) return true
    // A list line's outcome and counters depend on many pairs' edges: list batches run alone.
    if (this.rows.lists.length > 0 || other.rows.lists.length > 0) return true
    const [small, large] = this.related.size < other.related.size ? [this.related, other.related] : [other.related, this.related]
    for (const pair of small) if (large.has(pair)) return true
    return false
  }

  /** The id holding a username earlier in this batch, if another one. */
  usernameHolder (username: string, id: string): string | undefined {
    const holder = this.usernames.get(username.toLowerCase())
    return holder !== undefined && holder !== id ? holder : undefined
  }

  add (line: number, p: Parsed): void {
    this.size++
    if (p.kind === 'user') {
      const u = p.value
      this.userIds.add(u.id)
      this.usernames.set(u.username.toLowerCase(), u.id)
      this.usernameOf.set(line, u.username)
      this.rows.users.push({ line, id: u.id, username: u.username, usernameLower: u.username.toLowerCase(), name: u.name ?? '', private: u.private ?? false, hideNetwork: u.hideNetwork ?? false, discoverable: u.discoverable ?? true, createdAt: utcMs(u.createdAt) })
      return
    }
    if (isListLine(p)) {
      const op = listOpOf(p)
      this.listOps.set(line, op)
      this.rows.lists.push({ line, op })
      return
    }
    const op = opOf(p)
    this.related.add(pairOf(op))
    this.edges.set(line, op)
    this.rows.edges.push({ line, op })
  }

  describe (r: Refusal): Rejection {
    if (r.refused.startsWith('USER_NOT_FOUND:')) {
      return { line: r.line, code: 'USER_NOT_FOUND', message: `user '${r.refused.slice('USER_NOT_FOUND:'.length)}' does not exist` }
    }
    if (r.refused === 'USERNAME_TAKEN') return { line: r.line, code: r.refused, message: `username '${this.usernameOf.get(r.line) ?? ''}' is taken` }
    const listOp = this.listOps.get(r.line)
    if (listOp !== undefined) return { line: r.line, code: r.refused, message: listMessages[r.refused]?.(listOp) ?? r.refused }
    return { line: r.line, code: r.refused, message: messages[r.refused]?.(this.edges.get(r.line)) ?? r.refused }
  }
}

const countKey = {
  user: 'users', follow: 'follows', request: 'requests', block: 'blocks', mute: 'mutes', list: 'lists', member: 'members', listBlock: 'listBlocks', listMute: 'listMutes'
} as const

/** Reads NDJSON import lines from `input` and applies them in batches; answers what was applied and refused. */
export async function importNdjson (db: Database, input: AsyncIterable<Buffer | string>, options: ImportOptions = {}): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? defaultBatchSize
  const summary: ImportSummary = { users: 0, follows: 0, requests: 0, blocks: 0, mutes: 0, lists: 0, members: 0, listBlocks: 0, listMutes: 0, rejected: [], rejectedCount: 0 }
  const progress: ImportProgress = { lines: 0, bytes: 0, applied: 0, rejected: 0 }
  const reject = (r: Rejection): void => {
    summary.rejectedCount++
    if (summary.rejected.length < maxListedRejections) summary.rejected.push(r)
  }
  let batch = new Batch()
  let kindOf = new Map<number, ImportKind>()
  // Batches in their transactions while the next one is read and checked: up to parallelBatches at once, a
  // batch starting only when no in-flight batch it depends on is left (Batch.dependsOn). Their results are
  // taken in file order.
  interface Pending { batch: Batch, kinds: Map<number, ImportKind>, seen: { lines: number, bytes: number }, work: Promise<Refusal[]> }
  const pending: Pending[] = []
  const parallel = Math.max(1, options.parallelBatches ?? defaultParallelBatches)

  const settle = async ({ batch: full, kinds, seen, work }: Pending): Promise<void> => {
    const refused = new Set<number>()
    for (const r of await work) {
      refused.add(r.line)
      reject(full.describe(r))
    }
    for (const [line, kind] of kinds) if (!refused.has(line)) summary[countKey[kind]]++
    progress.applied += kinds.size - refused.size
    progress.rejected = summary.rejectedCount
    options.onProgress?.({ ...progress, ...seen })
  }

  const flush = async (): Promise<void> => {
    if (batch.size > 0) {
      const next = batch
      while (pending.length >= parallel || pending.some(p => next.dependsOn(p.batch))) await settle(pending.shift()!)
      const work = applyImportBatch(db, next.rows, options.recordChanges ?? true)
      // Observed here so an early failure is not unhandled; it is rethrown when the batch is settled.
      work.catch(() => undefined)
      pending.push({ batch: next, kinds: kindOf, seen: { lines: progress.lines, bytes: progress.bytes }, work })
    }
    batch = new Batch()
    kindOf = new Map()
  }

  for await (const line of linesOf(input)) {
    progress.lines = line.number
    progress.bytes = line.bytes
    if (line.text === null) {
      reject({ line: line.number, code: 'VALIDATION', message: `line is longer than ${maxLineLength} bytes` })
      continue
    }
    if (line.text.trim() === '') continue
    const parsed = parseLine(line.text)
    if ('code' in parsed) {
      reject({ line: line.number, ...parsed })
      continue
    }
    if (!batch.fits(parsed) || batch.size >= batchSize) await flush()
    if (parsed.kind === 'user') {
      const holder = batch.usernameHolder(parsed.value.username, parsed.value.id)
      if (holder !== undefined) {
        reject({ line: line.number, code: 'USERNAME_TAKEN', message: `username '${parsed.value.username}' is taken` })
        continue
      }
    }
    batch.add(line.number, parsed)
    kindOf.set(line.number, parsed.kind)
  }
  await flush()
  while (pending.length > 0) await settle(pending.shift()!)
  progress.rejected = summary.rejectedCount
  options.onProgress?.({ ...progress })
  summary.rejected.sort((a, b) => a.line - b.line)
  return summary
}
