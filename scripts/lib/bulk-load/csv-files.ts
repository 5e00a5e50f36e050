// The bulk load's first step: NDJSON sources (the export's users and edges, or the live import's lines) become
// the CSV files `neo4j-admin database import full` reads, streaming, in bounded memory apart from one entry per
// user. Lines are parsed on worker threads (parse-lines.ts: the live import's own validation) in runs of
// consecutive lines; the runs are applied here in file order, so a line is checked against the lines before
// it exactly as the live import would check it:
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
import { once } from 'node:events'
import { createWriteStream, type WriteStream } from 'node:fs'
import { availableParallelism } from 'node:os'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { stringify } from 'csv-stringify/sync'
import { Piscina } from 'piscina'
import { linesOf } from '../../../src/import/lines.js'
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
}

export interface ConvertOptions {
  /** Where the CSV files go (created if needed). */
  dir: string
  onProgress?: (p: { lines: number, bytes: number }) => void
  /** Parsing threads (default: the machine's cores). */
  threads?: number
}

/** Lines per worker task: large enough that the thread hand-over is a small part of the work. */
const runLines = 4_000
const maxListedRejections = 10_000
const writeChunk = 1 << 20

/** A CSV file written in chunks of about 1 MiB, with backpressure. */
class CsvOut {
  private readonly stream: WriteStream
  private buffer = ''
  rows = 0

  constructor (readonly path: string, header: string) {
    this.stream = createWriteStream(path)
    this.buffer = header + '\n'
  }

  push (text: string, rows: number): void {
    this.buffer += text
    this.rows += rows
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

/** A growable array of flags by user index. */
class Flags {
  private bytes = new Uint8Array(1 << 16)
  get (i: number): boolean { return i < this.bytes.length && this.bytes[i] === 1 }
  set (i: number): void {
    if (i >= this.bytes.length) {
      const grown = new Uint8Array(Math.max(i + 1, this.bytes.length * 2))
      grown.set(this.bytes)
      this.bytes = grown
    }
    this.bytes[i] = 1
  }
}

/**
 * User ids (or lower-cased usernames) to their index. A Map holds at most 2^24 entries: past that, the next
 * keys go to another one (memory allowing: roughly 150 bytes a user with its username).
 */
class KeyIndex {
  private readonly maps = [new Map<string, number>()]
  get (key: string): number | undefined {
    for (const map of this.maps) {
      const value = map.get(key)
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

  constructor (readonly type: EdgeType, readonly out: CsvOut) {}

  /** Writes the held source's edges. Edge fields never need quoting: ids are [A-Za-z0-9_-], times ISO. */
  release (): void {
    if (this.current < 0) return
    const from = this.currentId
    let text = ''
    for (const [to, since, until] of this.held.values()) {
      text += `${from},${to},${from},${to},${since}${this.type === 'MUTES' ? `,${until ?? ''}` : ''}\n`
    }
    this.out.push(text, this.held.size)
    this.held.clear()
    this.finished.set(this.current)
    this.current = -1
    this.currentId = ''
  }
}

function workerFile (): string {
  // parse-lines.ts under tsx, parse-lines.js once compiled.
  const here = fileURLToPath(import.meta.url)
  return join(here, '..', `parse-lines${extname(here)}`)
}

/** Converts the sources, in order, into CSV files in `o.dir`; answers what was written and what was refused. */
export async function convertToCsv (sources: Source[], o: ConvertOptions): Promise<CsvFiles> {
  const now = new Date().toISOString()
  const users = new CsvOut(join(o.dir, 'users.csv'), usersHeader)
  const groups = Object.fromEntries((['FOLLOWS', 'BLOCKS', 'MUTES', 'REQUESTED'] as const).map(type =>
    [type, new TypeGroups(type, new CsvOut(join(o.dir, fileOf[type]), edgesHeader(type)))])) as Record<EdgeType, TypeGroups>
  const ids = new KeyIndex()
  const usernames = new KeyIndex()
  const isPrivate = new Flags()
  const counts: Counts = { users: 0, follows: 0, requests: 0, blocks: 0, mutes: 0 }
  const rejected: BulkRejection[] = []
  let rejectedCount = 0
  let multiline = false
  let userCount = 0
  let file = ''
  const reject = (r: Rejection): void => {
    rejectedCount++
    if (rejected.length < maxListedRejections) rejected.push({ file, ...r })
  }

  const apply = (run: ParsedRun): void => {
    for (const r of run.rejected) reject(r)
    const u = run.users
    const rows: unknown[][] = []
    for (let i = 0; i < u.id.length; i++) {
      const id = u.id[i]!
      const username = u.username[i]!
      const lower = username.toLowerCase()
      if (ids.get(id) !== undefined) {
        reject({ line: u.line[i]!, code: 'DUPLICATE_USER', message: `user '${id}' is given on an earlier line (bulk-load takes each user once)` })
        continue
      }
      if (usernames.get(lower) !== undefined) {
        reject({ line: u.line[i]!, code: 'USERNAME_TAKEN', message: `username '${username}' is taken` })
        continue
      }
      const index = userCount++
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
      const line = e.line[i]!
      const from = e.from[i]!
      const to = e.to[i]!
      const kind = e.kind[i]!
      const type0 = kind === 'request' ? undefined : groups[edgeTypeOf[kind]]
      // Most edges continue their type's current source: no lookup for it.
      const a = type0 !== undefined && type0.currentId === from ? type0.current : ids.get(from)
      const b = ids.get(to)
      if (a === undefined || b === undefined) {
        reject({ line, code: 'USER_NOT_FOUND', message: `user '${a === undefined ? from : to}' does not exist` })
        continue
      }
      const type = kind === 'request' ? (isPrivate.get(b) ? 'REQUESTED' : 'FOLLOWS') : edgeTypeOf[kind]
      const g = groups[type]
      if (a !== g.current) {
        if (g.finished.get(a)) {
          reject({ line, code: 'EDGE_ORDER', message: `${type} edges of '${from}' must be on consecutive lines, as the export writes them (another user's come between)` })
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
  let bytesBefore = 0
  try {
    for (const source of sources) {
      file = source.name
      const fileStart = rejected.length
      // Runs in flight, applied in file order; a few per thread keep the threads busy while this one applies.
      const inFlight: Array<Promise<ParsedRun>> = []
      const settleOne = async (): Promise<void> => {
        apply(await inFlight.shift()!)
        for (const g of Object.values(groups)) await g.out.flush()
        await users.flush()
        o.onProgress?.({ lines, bytes })
      }
      let texts: Array<string | null> = []
      let first = 1
      for await (const line of linesOf(source.input)) {
        if (texts.length === 0) first = line.number
        texts.push(line.text)
        lines++
        bytes = bytesBefore + line.bytes
        if (texts.length >= runLines) {
          inFlight.push(pool.run({ first, texts, now }))
          texts = []
          if (inFlight.length >= 3 * threads) await settleOne()
        }
      }
      if (texts.length > 0) inFlight.push(pool.run({ first, texts, now }))
      while (inFlight.length > 0) await settleOne()
      bytesBefore = bytes
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
  return { counts, edges, rejected, rejectedCount, nodes: users.path, relationships, multiline }
}
