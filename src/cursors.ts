// Opaque, tamper-evident keyset cursors, shared by every paginated list. A cursor carries the position of
// the last item of a page, (since, id), and an HMAC over that position *and the list's scope* (e.g.
// "followers:alice"): an altered cursor, or one made for another list or user, fails the check and is
// 400 INVALID_CURSOR. The scope is not stored in the cursor, only signed, so cursors stay short.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'
import { InvalidCursor } from './errors.js'

/** Where a page ends: the last item's edge time and id (the keyset is (since DESC, id DESC)). */
export interface Position { since: string, id: string }

/** Cypher parameters of a page: rows strictly after (since, after) in (since DESC, id DESC) order. */
export interface PageStart { since: string, after: string }

export interface Page<T> { items: T[], nextCursor: string | null }

/** Before every edge: the first page starts here (no edge is this late; '~' sorts above every id character). */
export const firstPage: PageStart = { since: '9999-12-31T23:59:59.999Z', after: '~' }

const macBytes = 16
const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
const maxCursorLength = 512

export interface Cursors {
  encode: (scope: string, position: Position) => string
  /** The position in a cursor made for this scope; throws InvalidCursor otherwise. */
  decode: (scope: string, cursor: string) => Position
  /** Cypher parameters for the page a request asks for: the first page without a cursor. */
  start: (scope: string, cursor: string | undefined) => PageStart
  /**
   * Answers a page from rows fetched with `LIMIT limit + 1`: the extra row only says whether there is more. A
   * row is its own position, or `positionOf` says where it is (e.g. a list, placed by its key 'owner/list').
   */
  page: {
    <T extends Position>(scope: string, rows: T[], limit: number): Page<T>
    <T>(scope: string, rows: T[], limit: number, positionOf: (row: T) => Position): Page<T>
  }
}

/**
 * The HMAC key is derived from the configured CURSOR_SECRET, so it is the same on every instance and after
 * restarts (cursors held by clients stay valid). New cursors are signed with `secret`; cursors signed with
 * `previous` (the key being rotated out) are still accepted, so a key can change without breaking readers.
 */
export function createCursors (secret: string, previous?: string): Cursors {
  const keyOf = (s: string): Buffer => Buffer.from(hkdfSync('sha256', s, 'follow-graph', 'cursor v1', 32))
  const keys = [keyOf(secret), ...(previous !== undefined ? [keyOf(previous)] : [])]
  const macWith = (key: Buffer, scope: string, payload: string): Buffer =>
    createHmac('sha256', key).update(scope).update('\n').update(payload).digest().subarray(0, macBytes)
  const mac = (scope: string, payload: string): Buffer => macWith(keys[0]!, scope, payload)

  const encode = (scope: string, position: Position): string => {
    const payload = Buffer.from(JSON.stringify([position.since, position.id])).toString('base64url')
    return `${payload}.${mac(scope, payload).toString('base64url')}`
  }

  const decode = (scope: string, cursor: string): Position => {
    const [payload, signature, extra] = cursor.length <= maxCursorLength ? cursor.split('.') : []
    if (payload === undefined || signature === undefined || extra !== undefined) throw new InvalidCursor()
    const given = Buffer.from(signature, 'base64url')
    if (given.length !== macBytes || !keys.some(key => timingSafeEqual(given, macWith(key, scope, payload)))) throw new InvalidCursor()
    let value: unknown
    try {
      value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    } catch {
      throw new InvalidCursor()
    }
    if (!Array.isArray(value) || value.length !== 2) throw new InvalidCursor()
    const [since, id] = value as unknown[]
    if (typeof since !== 'string' || !iso.test(since) || typeof id !== 'string') throw new InvalidCursor()
    return { since, id }
  }

  return {
    encode,
    decode,
    start: (scope, cursor) => {
      if (cursor === undefined) return firstPage
      const { since, id } = decode(scope, cursor)
      return { since, after: id }
    },
    page: <T>(scope: string, rows: T[], limit: number, positionOf?: (row: T) => Position): Page<T> => {
      const items = rows.slice(0, limit)
      const last = items[items.length - 1]
      const position = positionOf ?? ((row: T) => row as unknown as Position)
      return { items, nextCursor: rows.length > limit && last !== undefined ? encode(scope, position(last)) : null }
    }
  }
}
