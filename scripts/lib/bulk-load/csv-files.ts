// The bulk load's first step: NDJSON sources (the export's users and edges, or the live import's lines) become
// the CSV files `neo4j-admin database import full` reads, streaming, in bounded memory apart from a few entries
// per user. This thread only cuts the input into runs of whole lines (about 1 MiB of bytes each); worker threads
// split, parse and check them (parse-lines.ts: the live import's own validation), one per core; the runs are
// applied here in file order, so a line is checked against the lines before it exactly as the live import
// would check it:
// - a user is new (an id is given once) and its username is free case-insensitively (USERNAME_TAKEN);
// - both ends of an edge are users given earlier (USER_NOT_FOUND);
// - a request to a public user becomes a follow, as in the live import;
// - edges of one type come grouped by source user, as the export writes them (in (from, to) order): a source's
//   edges are held until the next source starts, so a pair given twice is one edge with the later line's
//   since (and until), as a re-applied import line sets them, and the store never gets a duplicate that the
//   pair-uniqueness constraints would refuse. A source's edges split by another source's are refused
//   (EDGE_ORDER) rather than loaded as possible duplicates.
// The rules between edges of one pair (a follow beside a block) are not applied again: an export of the
// service never breaks them; a file that might should go through the live import.
// The derived data is counted here rather than by Cypher after the load: the hidden-edge counters (a follow of
// f to b is hidden when b blocks f: b's hiddenFollowers, f's hiddenFollowing) are counted when the later of
// the two edges is written. A follow written after the block finds it in the blocks seen so far; a block
// written after the follow (the export writes every follow first) reads the follower's follows back from
// follows.csv, where each source's follows are one contiguous range, once the file is complete. The degrees
// are the store's own (the import tool writes them).
import { once } from 'node:events'
import { closeSync, createWriteStream, openSync, readSync, type WriteStream } from 'node:fs'
import { availableParallelism } from 'node:os'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { stringify } from 'csv-stringify/sync'
import { Piscina } from 'piscina'
import { maxLineLength } from '../../../src/import/lines.js'
import type { EdgeType } from '../../../src/schemas/export.js'
import type { Rejection } from '../../../src/schemas/import.js'
import type { EdgeKind, LineRun, ParsedRun } from './parse-lines.js'

export interface Source {
  /** Names the source in rejections (a file's path). */
  name: string
  input: AsyncIterable<Buffer | string>
}

export interface BulkRejection extends Rejection { file: string }

export interface Counts { users: number, follows: number, requests: number, blocks: number, mutes: number }

/** A user's follows hidden by a block relation (followers who are blocked, followings who block it). */
export interface HiddenCounters { id: string, followers: number, following: number }

export interface CsvFiles {
  /** Applied lines of each kind (as the live import counts them: a pair given twice counts twice). */
  counts: Counts
  /** Edges written (each pair once). */
  edges: number
  rejected: BulkRejection[]
  rejectedCount: number
  nodes: string
  relationships: Partial<Record<EdgeType, string>>
  /** True when a user's name holds a line break (the importer must read that file's quoted fields across lines). */
  multiline: boolean
  /** The users with a hidden follow (the others were written with 0). */
  hidden: HiddenCounters[]
}

export interface ConvertOptions {
  /** Where the CSV files go (created if needed). */
  dir: string
  onProgress?: (p: { lines: number, bytes: number }) => void
  /** Parsing threads (default: the machine's cores). */
  threads?: number
}

/** Bytes of input per worker task (about 11,000 edge lines): the thread hand-over is a small part of the work. */
const runBytes = 1 << 20
const maxListedRejections = 10_000
const writeChunk = 1 << 20

/** A CSV file written in chunks of about 1 MiB, with backpressure. */
class CsvOut {
  private readonly stream: WriteStream
  private buffer = ''
  rows = 0
  /** Characters pushed so far, header included: the file's bytes for an edge file (its text is ASCII). */
  length = 0

  constructor (readonly path: string, header: string) {
    // A buffer of several chunks: a write returns at once while the disk catches up, instead of one chunk at a
    // time waited for in turn by the thread that applies the runs.
    this.stream = createWriteStream(path, { highWaterMark: 8 * writeChunk })
    this.buffer = header + '\n'
    this.length = this.buffer.length
  }

  push (text: string, rows: number): void {
    this.buffer += text
    this.rows += rows
    this.length += text.length
  }

  async flush (force = false): Promise<void> {
    if (this.buffer.length < writeChunk && !force) return
    const ok = this.stream.write(this.buffer)
    this.buffer = ''
    if (!ok) await once(this.stream, 'drain')
  }

  async close (): Promise<void> {
    await this.flush(true)
    this.stream.end()
    await once(this.stream, 'finish')
  }
}

/** A growable array of numbers by user index (0 where never set). */
class ByUser<A extends Uint8Array | Float64Array> {
  constructor (private values: A, private readonly make: (size: number) => A) {}
  get (i: number): number { return i < this.values.length ? this.values[i]! : 0 }
  set (i: number, value: number): void {
    if (i >= this.values.length) {
      const grown = this.make(Math.max(i + 1, this.values.length * 2))
      grown.set(this.values)
      this.values = grown
    }
    this.values[i] = value
  }
}

/** A growable array of flags by user index. */
class Flags {
  private readonly values = new ByUser(new Uint8Array(1 << 16), size => new Uint8Array(size))
  get (i: number): boolean { return this.values.get(i) === 1 }
  set (i: number): void { this.values.set(i, 1) }
}

/**
 * User ids (or lower-cased usernames) to their index. A Map holds at most 2^24 entries: past that, the next
 * keys go to another one (memory allowing: roughly 150 bytes a user with its username).
 */
class KeyIndex {
  private readonly maps = [new Map<string, number>()]
  get (key: string): number | undefined {
    const maps = this.maps
    if (maps.length === 1) return maps[0]!.get(key)
    for (let i = 0; i < maps.length; i++) {
      const value = maps[i]!.get(key)
      if (value !== undefined) return value
    }
    return undefined
  }

  set (key: string, value: number): void {
    let last = this.maps[this.maps.length - 1]!
    if (last.size >= 1 << 24) this.maps.push(last = new Map())
    last.set(key, value)
  }
}

const edgeTypeOf: Record<Exclude<EdgeKind, 'request'>, EdgeType> = { follow: 'FOLLOWS', block: 'BLOCKS', mute: 'MUTES' }
const countKey = { follow: 'follows', request: 'requests', block: 'blocks', mute: 'mutes' } as const
const fileOf: Record<EdgeType, string> = { FOLLOWS: 'follows.csv', BLOCKS: 'blocks.csv', MUTES: 'mutes.csv', REQUESTED: 'requested.csv' }

/** The header of users.csv: the properties a user created by the API has (counters 0, set after the load). */
const usersHeader = 'id:ID(User),username,usernameLower,name,private:boolean,hideNetwork:boolean,discoverable:boolean,createdAt:datetime,hiddenFollowers:long,hiddenFollowing:long'
const edgesHeader = (type: EdgeType): string =>
  `:START_ID(User),:END_ID(User),from,to,since:datetime${type === 'MUTES' ? ',until:datetime' : ''}`

/**
 * Users' rows: an empty name quoted (the import tool reads an empty field as no value), a name with a line
 * break quoted (csv-stringify quotes \n itself, not a lone \r), booleans as the tool reads them.
 */
const csvOptions = { quoted_empty: true, quoted_match: /[\r\n]/, cast: { boolean: (value: boolean) => String(value) } }

/** One edge type's output: the current source's edges (by target index) until the next source starts. */
class TypeGroups {
  current = -1
  currentId = ''
  readonly held = new Map<number, [to: string, since: string, until: string | null]>()
  readonly finished = new Flags()
  /** Where each released source's rows start and end in the file, when they are read back (FOLLOWS). */
  private readonly start = new ByUser(new Float64Array(1 << 16), size => new Float64Array(size))
  private readonly end = new ByUser(new Float64Array(1 << 16), size => new Float64Array(size))

  /** `released`, when given, is told of each source's edges as they are written; `readBack` keeps their ranges. */
  constructor (readonly type: EdgeType, readonly out: CsvOut, private readonly released?: (from: number, to: Iterable<number>) => void, private readonly readBack = false) {}

  /** Writes the held source's edges. Edge fields never need quoting: ids are [A-Za-z0-9_-], times ISO. */
  release (): void {
    if (this.current < 0) return
    const from = this.currentId
    let text = ''
    for (const [to, since, until] of this.held.values()) {
      text += `${from},${to},${from},${to},${since}${this.type === 'MUTES' ? `,${until ?? ''}` : ''}\n`
    }
    const begin = this.out.length
    this.out.push(text, this.held.size)
    if (this.readBack) {
      this.start.set(this.current, begin)
      this.end.set(this.current, this.out.length)
    }
    this.released?.(this.current, this.held.keys())
    this.held.clear()
    this.finished.set(this.current)
    this.current = -1
    this.currentId = ''
  }

  /** The targets' ids of a released source's rows, read back from the complete file (open as `fd`). */
  targetsOf (fd: number, from: number): string[] {
    const begin = this.start.get(from)
    const bytes = Buffer.alloc(this.end.get(from) - begin)
    readSync(fd, bytes, 0, bytes.length, begin)
    return bytes.toString('latin1').split('\n').filter(row => row !== '').map(row => row.split(',', 2)[1]!)
  }
}

/**
 * The hidden-edge counters, counted as the FOLLOWS and BLOCKS sources are released (see the top of the file):
 * a follow against the blocks released before it, a block against the follows released before it (checked
 * from follows.csv at the end).
 */
class HiddenCount {
  /** Blocked user -> its blockers, of the BLOCKS released so far. */
  private readonly blockers = new Map<number, number[]>()
  /** Blocks whose blocked user's follows were released before them: [blocked, blocker]. */
  private readonly pending: Array<[number, number]> = []
  private readonly followers = new Map<number, number>()
  private readonly following = new Map<number, number>()

  private hidden (follower: number, blocker: number): void {
    this.followers.set(blocker, (this.followers.get(blocker) ?? 0) + 1)
    this.following.set(follower, (this.following.get(follower) ?? 0) + 1)
  }

  followsReleased (follower: number, targets: Iterable<number>): void {
    const blockedBy = this.blockers.get(follower)
    if (blockedBy === undefined) return
    for (const target of targets) if (blockedBy.includes(target)) this.hidden(follower, target)
  }

  blocksReleased (blocker: number, targets: Iterable<number>, followsReleased: (user: number) => boolean): void {
    for (const blocked of targets) {
      const list = this.blockers.get(blocked)
      if (list === undefined) this.blockers.set(blocked, [blocker])
      else list.push(blocker)
      if (followsReleased(blocked)) this.pending.push([blocked, blocker])
    }
  }

  /** Checks the pending blocks against follows.csv (complete); answers every user's non-zero counters. */
  finish (follows: TypeGroups, idOf: string[]): HiddenCounters[] {
    // Each follower's rows read once, its blockers checked against them.
    const byFollower = new Map<number, number[]>()
    for (const [blocked, blocker] of this.pending) {
      const list = byFollower.get(blocked)
      if (list === undefined) byFollower.set(blocked, [blocker])
      else list.push(blocker)
    }
    if (byFollower.size > 0) {
      const fd = openSync(follows.out.path, 'r')
      try {
        for (const [follower, blockers] of byFollower) {
          const targets = new Set(follows.targetsOf(fd, follower))
          for (const blocker of blockers) if (targets.has(idOf[blocker]!)) this.hidden(follower, blocker)
        }
      } finally {
        closeSync(fd)
      }
    }
    const users = new Set([...this.followers.keys(), ...this.following.keys()])
    return [...users].sort((x, y) => x - y).map(i => ({ id: idOf[i]!, followers: this.followers.get(i) ?? 0, following: this.following.get(i) ?? 0 }))
  }
}

function workerFile (): string {
  // parse-lines.ts under tsx, parse-lines.js once compiled.
  const here = fileURLToPath(import.meta.url)
  return join(here, '..', `parse-lines${extname(here)}`)
}

interface LineChunk { chunk: Uint8Array, overlongFirst: boolean }

/**
 * Cuts a byte stream into chunks of whole lines of about `runBytes` each (the last one may end without a line
 * break). A line longer than maxLineLength is never held whole: past four times that many bytes (so surely past
 * that many characters) it is skipped up to its line break, and the next chunk says so (overlongFirst), so the
 * line keeps its number and is refused by it.
 */
async function * chunksOf (input: AsyncIterable<Buffer | string>, onBytes: (bytes: number) => void): AsyncGenerator<LineChunk> {
  let parts: Uint8Array[] = []
  let size = 0
  /** Bytes of `parts` up to their last line break. */
  let complete = 0
  let overlongFirst = false
  let skipping = false
  const take = (chunk: Uint8Array): LineChunk => {
    const out = { chunk, overlongFirst }
    overlongFirst = false
    return out
  }
  for await (const raw of input) {
    let data = typeof raw === 'string' ? Buffer.from(raw) : raw
    onBytes(data.length)
    if (skipping) {
      const end = data.indexOf(10)
      if (end === -1) continue
      skipping = false
      overlongFirst = true
      data = data.subarray(end + 1)
    }
    parts.push(data)
    size += data.length
    const last = data.lastIndexOf(10)
    if (last !== -1) complete = size - (data.length - last - 1)
    else if (size - complete > 4 * maxLineLength) {
      // A line that long: the lines before it go as they are, and it is skipped up to its end.
      if (complete > 0 || overlongFirst) yield take(Buffer.concat(parts, size).subarray(0, complete))
      parts = []
      size = 0
      complete = 0
      skipping = true
      continue
    }
    if (complete >= runBytes) {
      const whole = Buffer.concat(parts, size)
      yield take(whole.subarray(0, complete))
      // The line begun after the last break starts the next chunk.
      parts = complete < size ? [Buffer.from(whole.subarray(complete))] : []
      size -= complete
      complete = 0
    }
  }
  // The input ended in a long line: it is refused as the last line.
  if (skipping && size === 0) overlongFirst = true
  if (size > 0 || overlongFirst) yield take(Buffer.concat(parts, size))
}

/** Converts the sources, in order, into CSV files in `o.dir`; answers what was written and what was refused. */
export async function convertToCsv (sources: Source[], o: ConvertOptions): Promise<CsvFiles> {
  const now = new Date().toISOString()
  const users = new CsvOut(join(o.dir, 'users.csv'), usersHeader)
  const hidden = new HiddenCount()
  const out = (type: EdgeType): CsvOut => new CsvOut(join(o.dir, fileOf[type]), edgesHeader(type))
  const follows: TypeGroups = new TypeGroups('FOLLOWS', out('FOLLOWS'), (from, to) => { hidden.followsReleased(from, to) }, true)
  const groups: Record<EdgeType, TypeGroups> = {
    FOLLOWS: follows,
    BLOCKS: new TypeGroups('BLOCKS', out('BLOCKS'), (from, to) => { hidden.blocksReleased(from, to, user => follows.finished.get(user)) }),
    MUTES: new TypeGroups('MUTES', out('MUTES')),
    REQUESTED: new TypeGroups('REQUESTED', out('REQUESTED'))
  }
  const ids = new KeyIndex()
  const idOf: string[] = []
  const usernames = new KeyIndex()
  const isPrivate = new Flags()
  const counts: Counts = { users: 0, follows: 0, requests: 0, blocks: 0, mutes: 0 }
  const rejected: BulkRejection[] = []
  let rejectedCount = 0
  let multiline = false
  let file = ''
  const reject = (r: Rejection): void => {
    rejectedCount++
    if (rejected.length < maxListedRejections) rejected.push({ file, ...r })
  }

  /** Applies a run whose first line is line `base + 1` of its file. */
  const apply = (run: ParsedRun, base: number): void => {
    for (const r of run.rejected) reject({ ...r, line: base + r.line })
    const u = run.users
    const rows: unknown[][] = []
    for (let i = 0; i < u.id.length; i++) {
      const id = u.id[i]!
      const username = u.username[i]!
      const lower = username.toLowerCase()
      if (ids.get(id) !== undefined) {
        reject({ line: base + u.line[i]!, code: 'DUPLICATE_USER', message: `user '${id}' is given on an earlier line (bulk-load takes each user once)` })
        continue
      }
      if (usernames.get(lower) !== undefined) {
        reject({ line: base + u.line[i]!, code: 'USERNAME_TAKEN', message: `username '${username}' is taken` })
        continue
      }
      const index = idOf.push(id) - 1
      ids.set(id, index)
      usernames.set(lower, index)
      if (u.private[i] === true) isPrivate.set(index)
      const name = u.name[i]!
      if (!multiline && /[\r\n]/.test(name)) multiline = true
      rows.push([id, username, lower, name, u.private[i], u.hideNetwork[i], u.discoverable[i], u.createdAt[i], 0, 0])
      counts.users++
    }
    if (rows.length > 0) users.push(stringify(rows, csvOptions), rows.length)

    const e = run.edges
    for (let i = 0; i < e.from.length; i++) {
      const from = e.from[i]!
      const to = e.to[i]!
      const kind = e.kind[i]!
      const type0 = kind === 'request' ? undefined : groups[edgeTypeOf[kind]]
      // Most edges continue their type's current source: no lookup for it.
      const a = type0 !== undefined && type0.currentId === from ? type0.current : ids.get(from)
      const b = ids.get(to)
      if (a === undefined || b === undefined) {
        reject({ line: base + e.line[i]!, code: 'USER_NOT_FOUND', message: `user '${a === undefined ? from : to}' does not exist` })
        continue
      }
      const type = kind === 'request' ? (isPrivate.get(b) ? 'REQUESTED' : 'FOLLOWS') : edgeTypeOf[kind]
      const g = groups[type]
      if (a !== g.current) {
        if (g.finished.get(a)) {
          reject({ line: base + e.line[i]!, code: 'EDGE_ORDER', message: `${type} edges of '${from}' must be on consecutive lines, as the export writes them (another user's come between)` })
          continue
        }
        g.release()
        g.current = a
        g.currentId = from
      }
      const given = e.since[i]!
      const held = g.held.get(b)
      // A pair given again: the later line's since (when it has one) and until, as a re-applied import line.
      g.held.set(b, [to, held !== undefined && given === '' ? held[1] : given === '' ? now : given, e.until[i] ?? null])
      counts[countKey[kind]]++
    }
  }

  const threads = Math.max(1, o.threads ?? availableParallelism())
  const pool = new Piscina<LineRun, ParsedRun>({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 60_000 })
  let lines = 0
  let bytes = 0
  try {
    for (const source of sources) {
      file = source.name
      const fileStart = rejected.length
      let fileLines = 0
      // Runs in flight, applied in file order; a few per thread keep the threads busy while this one applies.
      const inFlight: Array<Promise<ParsedRun>> = []
      const settleOne = async (): Promise<void> => {
        const run = await inFlight.shift()!
        apply(run, fileLines)
        fileLines += run.lines
        lines += run.lines
        for (const g of Object.values(groups)) await g.out.flush()
        await users.flush()
        o.onProgress?.({ lines, bytes })
      }
      for await (const { chunk, overlongFirst } of chunksOf(source.input, n => { bytes += n })) {
        inFlight.push(pool.run({ chunk, overlongFirst, now }))
        if (inFlight.length >= 3 * threads) await settleOne()
      }
      while (inFlight.length > 0) await settleOne()
      const mine = rejected.splice(fileStart).sort((x, y) => x.line - y.line)
      rejected.push(...mine)
    }
  } finally {
    await pool.destroy()
  }
  for (const g of Object.values(groups)) g.release()
  await Promise.all([users.close(), ...Object.values(groups).map(async g => { await g.out.close() })])
  const relationships: Partial<Record<EdgeType, string>> = {}
  let edges = 0
  for (const g of Object.values(groups)) {
    if (g.out.rows > 0) relationships[g.type] = g.out.path
    edges += g.out.rows
  }
  return { counts, edges, rejected, rejectedCount, nodes: users.path, relationships, multiline, hidden: hidden.finish(follows, idOf) }
}
