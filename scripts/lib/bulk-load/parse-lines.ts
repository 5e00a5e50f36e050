// A worker task of the bulk load: a run of consecutive NDJSON lines, as the input's bytes, cut into lines here
// (so the main thread never handles a line) and checked with the live import's own line validation (parseLine:
// the TypeBox schemas of src/schemas/import.ts, times, self-relations), brought to the values the live import
// stores (times in UTC milliseconds, name "" and private false when absent). An edge row exactly as the export
// and the generator write it (`{"from":..,"to":..,"type":..,"since":..}`, ids of the id pattern, a time already
// in UTC milliseconds) takes a shortcut that accepts nothing parseLine would refuse and gives the same values:
// it is most of a large input. Users and edges come back in flat arrays, which cross the thread boundary much
// faster than one object per line.
import { maxLineLength } from '../../../src/import/lines.js'
import { isListLine, parseLine } from '../../../src/import/parse-line.js'
import { utcMs } from '../../../src/import/write-ops.js'
import type { Rejection } from '../../../src/schemas/import.js'

export interface LineRun {
  /** Whole lines of the input (UTF-8), each ending with a line break except the input's last. */
  chunk: Uint8Array
  /** The line before the chunk's first was too long: it was skipped unread, and is this run's line 1. */
  overlongFirst: boolean
  /** createdAt of a user whose line has none (ISO, UTC ms). */
  now: string
}

export type EdgeKind = 'follow' | 'request' | 'block' | 'mute'

export interface ParsedRun {
  /** Lines in the run (blank ones included); line numbers below count from 1 within the run. */
  lines: number
  rejected: Rejection[]
  users: { line: number[], id: string[], username: string[], name: string[], private: boolean[], hideNetwork: boolean[], discoverable: boolean[], createdAt: string[] }
  /** since is '' when the line has none. */
  edges: { line: number[], kind: EdgeKind[], from: string[], to: string[], since: string[], until: Array<string | null> }
}

/** The export's edge row of a type without `until`, ids and time already in the stored form. */
const exportEdgeRow = /^\{"from":"([A-Za-z0-9_-]{1,64})","to":"([A-Za-z0-9_-]{1,64})","type":"(FOLLOWS|BLOCKS|REQUESTED)","since":"(\d{4}-(?:0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z)"\}$/
const kindOfType = { FOLLOWS: 'follow', BLOCKS: 'block', REQUESTED: 'request' } as const

/**
 * True when a time of the row's form (fields in range) is a real instant, written as toISOString writes it (so
 * the date-time format accepts it): only a day past the 28th needs the round trip (Date.parse takes 02-30).
 */
const realTime = (time: string, day: string): boolean => {
  if (day <= '28') return true
  const ms = Date.parse(time)
  return !Number.isNaN(ms) && new Date(ms).toISOString() === time
}

const decoder = new TextDecoder()

export default function parseLines ({ chunk, overlongFirst, now }: LineRun): ParsedRun {
  const run: ParsedRun = {
    lines: 0,
    rejected: [],
    users: { line: [], id: [], username: [], name: [], private: [], hideNetwork: [], discoverable: [], createdAt: [] },
    edges: { line: [], kind: [], from: [], to: [], since: [], until: [] }
  }
  const { users, edges } = run
  let line = 0
  if (overlongFirst) run.rejected.push({ line: ++line, code: 'VALIDATION', message: `line is longer than ${maxLineLength} bytes` })
  const texts = decoder.decode(chunk).split('\n')
  // A chunk ending with a line break leaves an empty last piece: no line.
  if (texts[texts.length - 1] === '') texts.pop()
  for (let text of texts) {
    line++
    if (text.endsWith('\r')) text = text.slice(0, -1)
    if (text.length > maxLineLength) {
      run.rejected.push({ line, code: 'VALIDATION', message: `line is longer than ${maxLineLength} bytes` })
      continue
    }
    const row = exportEdgeRow.exec(text)
    if (row !== null && row[1] !== row[2] && realTime(row[4]!, row[5]!)) {
      edges.line.push(line)
      edges.kind.push(kindOfType[row[3] as keyof typeof kindOfType])
      edges.from.push(row[1]!)
      edges.to.push(row[2]!)
      edges.since.push(row[4]!)
      edges.until.push(null)
      continue
    }
    if (text.trim() === '') continue
    const parsed = parseLine(text)
    if ('code' in parsed) {
      run.rejected.push({ line, ...parsed })
      continue
    }
    if (parsed.kind === 'user') {
      const u = parsed.value
      users.line.push(line)
      users.id.push(u.id)
      users.username.push(u.username)
      users.name.push(u.name ?? '')
      users.private.push(u.private ?? false)
      users.hideNetwork.push(u.hideNetwork ?? false)
      users.discoverable.push(u.discoverable ?? true)
      users.createdAt.push(utcMs(u.createdAt) ?? now)
      continue
    }
    if (isListLine(parsed)) {
      run.rejected.push({ line, code: 'UNSUPPORTED_LINE', message: `a ${parsed.kind} line: lists are loaded into the running graph by the live import (POST /v1/import) once the bulk load is done` })
      continue
    }
    edges.line.push(line)
    edges.kind.push(parsed.kind)
    edges.from.push(parsed.value.from)
    edges.to.push(parsed.value.to)
    edges.since.push(utcMs(parsed.value.since) ?? '')
    edges.until.push(parsed.kind === 'mute' ? utcMs(parsed.value.until) : null)
  }
  run.lines = line
  return run
}
