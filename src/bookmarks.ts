// Causal consistency (API.md, "Consistency across instances and cluster members"). Neo4j bookmarks name
// committed transactions; a transaction begun with bookmarks waits (on whichever cluster member runs it)
// until it has seen them. Two sources feed the bookmarks of a transaction:
// - the driver's bookmark manager (one per Database, so per driver): every transaction of this instance waits
//   for the instance's own last writes, so its reads follow its writes;
// - the request's `Graph-Bookmark` header: a client carries the bookmark of a write it made through another
//   instance, and its read waits for it.
// A request's bookmarks live in an AsyncLocalStorage entered by the HTTP hook (plugins/external/bookmarks.ts),
// so the data path (database.ts) asks for them without a parameter through every repository; the bookmarks
// of the writes a request commits are kept there too and answered in `Graph-Bookmark`.
import { AsyncLocalStorage } from 'node:async_hooks'

export const bookmarkHeader = 'graph-bookmark'

/** How many bookmarks a request may send, and how long each may be (Neo4j's are about 40 characters). */
const maxBookmarks = 32
const maxBookmarkLength = 256
/** One bookmark as Neo4j 5 writes it: "FB:" and base64 (the standard alphabet, padding optional). */
const bookmarkSource = 'FB:[A-Za-z0-9+/]+={0,2}'
const bookmarkPattern = new RegExp(`^${bookmarkSource}$`)
/** The `Graph-Bookmark` header: one or more bookmarks, comma-separated (for the OpenAPI document). */
export const bookmarkHeaderPattern = `^\\s*${bookmarkSource}(\\s*,\\s*${bookmarkSource})*\\s*$`

interface RequestBookmarks {
  /** Sent by the client: every transaction of the request waits for them. */
  given: string[]
  /** Of the write transactions the request committed, newest last. */
  written: string[]
  /** Whether the database already answered with `given` seen (checked once per request). */
  caughtUp: boolean
}

/** How long a request waits for its Graph-Bookmark before 503 BOOKMARK_TIMEOUT. */
export const bookmarkWaitMs = 5_000

/** Raised when the database has not caught up with a request's bookmarks within bookmarkWaitMs. */
export class BookmarkTimeout extends Error {
  readonly code = 'BookmarkTimeout'
  constructor () { super(`the database has not caught up with Graph-Bookmark within ${bookmarkWaitMs} ms`) }
}

/**
 * Raised when the database refused a request's bookmarks: the probe (a trivial statement begun with them)
 * failed in a way that only they can explain. A safety net behind isNeo4jBookmark, whatever the server version.
 */
export class BookmarkRefused extends Error {
  readonly code = 'BookmarkRefused'
  constructor (readonly refusal: unknown) { super('the database refused Graph-Bookmark', { cause: refusal }) }
}

/** Whether an error of the bookmark probe is the database refusing the bookmarks (not the database away or busy). */
export function isBookmarkRefusal (err: unknown): boolean {
  const code = err instanceof Error ? (err as { code?: unknown }).code : undefined
  return typeof code === 'string' && (code.startsWith('Neo.ClientError.Transaction.') || code.startsWith('Neo.DatabaseError.'))
}

const storage = new AsyncLocalStorage<RequestBookmarks>()

/**
 * The bookmarks of a `Graph-Bookmark` header (one or more, comma-separated; the header may also be repeated),
 * or null when it is malformed. No header: none.
 */
export function parseBookmarks (header: string | string[] | undefined): string[] | null {
  if (header === undefined) return []
  const tokens = (Array.isArray(header) ? header.join(',') : header).split(',').map(s => s.trim()).filter(s => s !== '')
  if (tokens.length === 0 || tokens.length > maxBookmarks || !tokens.every(isNeo4jBookmark)) return null
  return [...new Set(tokens)]
}

/**
 * Whether a string decodes as Neo4j 5 (and 2025.x) writes a bookmark: "FB:", then base64 of PackStream values,
 * a list header of N, N times a database's UUID (16 bytes) and its transaction id (an integer), then a list
 * header of the composite databases' references (none outside composite databases; their content is left to
 * the server). Neo4j itself cuts the first three characters off unchecked, so that "p" or "GpG,T8" failed
 * inside the server (an internal error) rather than as a refused bookmark: checked here first.
 */
export function isNeo4jBookmark (bookmark: string): boolean {
  if (bookmark.length > maxBookmarkLength || !bookmarkPattern.test(bookmark)) return false
  const bytes = Buffer.from(bookmark.slice(3), 'base64')
  let at = 0
  /** A PackStream list header's size, or -1. */
  const listSize = (): number => {
    const marker = bytes[at++]
    if (marker === undefined) return -1
    if (marker >= 0x90 && marker <= 0x9f) return marker - 0x90
    const width = { 0xd4: 1, 0xd5: 2, 0xd6: 4 }[marker]
    if (width === undefined || at + width > bytes.length) return -1
    at += width
    return bytes.readUIntBE(at - width, width)
  }
  /** Skips a 16-byte PackStream byte array (a UUID); false if there is none. */
  const uuid = (): boolean => {
    if (bytes[at] !== 0xcc || bytes[at + 1] !== 16 || at + 18 > bytes.length) return false
    at += 18
    return true
  }
  /** Skips a PackStream integer; false if there is none. */
  const integer = (): boolean => {
    const marker = bytes[at++]
    if (marker === undefined) return false
    if (marker <= 0x7f || marker >= 0xf0) return true
    const width = { 0xc8: 1, 0xc9: 2, 0xca: 4, 0xcb: 8 }[marker]
    if (width === undefined || at + width > bytes.length) return false
    at += width
    return true
  }
  const databases = listSize()
  if (databases < 1 || databases > bytes.length) return false
  for (let i = 0; i < databases; i++) if (!uuid() || !integer()) return false
  const composites = listSize()
  return composites === 0 ? at === bytes.length : composites > 0
}

/** Runs `work` (the rest of a request) with these client bookmarks in scope. */
export function withRequestBookmarks<T> (given: string[], work: () => T): T {
  return storage.run({ given, written: [], caughtUp: given.length === 0 }, work)
}

/**
 * Runs `work` outside any request's bookmarks: for work done on behalf of many requests (a write batch),
 * whose bookmarks each request then notes itself.
 */
export function outsideRequests<T> (work: () => T): T {
  return storage.exit(work)
}

/** The client's bookmarks of the current request (none outside a request). */
export function requestBookmarks (): string[] {
  return storage.getStore()?.given ?? []
}

/**
 * Before the request's first transaction: waits until the database has seen the client's bookmarks, at most
 * bookmarkWaitMs. `probe` runs a trivial statement with them and no retry, so the wait is the database
 * catching up and nothing else (a transaction's own retries would wait once per attempt). The transactions
 * that follow carry the bookmarks too, wherever they run; this bounds the wait and answers it distinctly.
 */
export async function awaitRequestBookmarks (probe: (bookmarks: string[]) => Promise<void>): Promise<void> {
  const store = storage.getStore()
  if (store === undefined || store.caughtUp) return
  const probing = probe(store.given).catch((err: unknown) => {
    throw bookmarkFailure(err) === undefined && isBookmarkRefusal(err) ? new BookmarkRefused(err) : err
  })
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_resolve, reject) => { timer = setTimeout(() => { reject(new BookmarkTimeout()) }, bookmarkWaitMs) })
  try {
    await Promise.race([probing, expired])
  } finally {
    clearTimeout(timer)
    // A probe still waiting settles later on its own.
    probing.catch(() => undefined)
  }
  store.caughtUp = true
}

/**
 * Keeps the bookmarks a committed write answered. A few are enough: a request's transactions commit one after
 * another or at most two at a time (the import), and a bookmark stands for every transaction of its database
 * committed before it, so the newest of the last few stands for them all.
 */
export function noteWrite (bookmarks: string[]): void {
  const store = storage.getStore()
  if (store === undefined || bookmarks.length === 0) return
  store.written = [...store.written.filter(b => !bookmarks.includes(b)), ...bookmarks].slice(-4)
}

/** The bookmarks of the current request's writes (empty if it wrote nothing). */
export function writtenBookmarks (): string[] {
  return storage.getStore()?.written ?? []
}

/**
 * The service's answer to a bookmark the database refused (malformed, or of another database: 400) or has not
 * reached in time (503).
 */
export function bookmarkFailure (err: unknown): { status: 400 | 503, code: string, message: string } | undefined {
  const code = err instanceof Error ? (err as { code?: unknown }).code : undefined
  if (err instanceof BookmarkRefused || code === 'Neo.ClientError.Transaction.InvalidBookmark' || code === 'Neo.ClientError.Transaction.InvalidBookmarkMixture') {
    return { status: 400, code: 'INVALID_BOOKMARK', message: 'Graph-Bookmark names no transaction of this database' }
  }
  if (err instanceof BookmarkTimeout || code === 'Neo.TransientError.Transaction.BookmarkTimeout') {
    return { status: 503, code: 'BOOKMARK_TIMEOUT', message: 'the database member answering has not caught up with Graph-Bookmark yet; retry shortly' }
  }
  return undefined
}
