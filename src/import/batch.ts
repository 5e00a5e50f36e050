// Batching: which checked lines go into one transaction, and which batches must not run at the same time.
import type { BatchRows } from '../queries/import.js'
import { pairOf } from '../queries/write-kinds.js'
import type { ImportKind } from '../schemas/import.js'
import { isListLine, type Parsed } from './parse-line.js'
import { edgeOpOf, listOpOf, userOpOf } from './write-ops.js'

export class Batch {
  readonly rows: BatchRows = { users: [], edges: [], lists: [] }
  /** Each line's kind, by number. */
  readonly kinds = new Map<number, ImportKind>()
  private readonly userIds = new Set<string>()
  private readonly usernames = new Map<string, string>()
  /** Every pair of users a line of this batch relates, in either direction ('a b' with a < b). */
  private readonly related = new Set<string>()

  get size (): number {
    return this.kinds.size
  }

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
    this.kinds.set(line, p.kind)
    if (p.kind === 'user') {
      const u = p.value
      this.userIds.add(u.id)
      this.usernames.set(u.username.toLowerCase(), u.id)
      this.rows.users.push({ line, op: userOpOf(u) })
      return
    }
    if (isListLine(p)) {
      const op = listOpOf(p)
      this.rows.lists.push({ line, op })
      return
    }
    const op = edgeOpOf(p)
    this.related.add(pairOf(op))
    this.rows.edges.push({ line, op })
  }
}
