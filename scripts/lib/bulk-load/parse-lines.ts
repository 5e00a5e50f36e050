// A worker task of the bulk load: one run of consecutive NDJSON lines checked with the live import's own line
// validation (parseLine: the TypeBox schemas of src/schemas/import.ts, times, self-relations) and brought to the
// values the live import stores (times in UTC milliseconds, name "" and private false when absent). Users and
// edges come back in flat arrays, which cross the thread boundary much faster than one object per line.
import { maxLineLength } from '../../../src/import/lines.js'
import { isListLine, parseLine } from '../../../src/import/parse-line.js'
import { utcMs } from '../../../src/import/write-ops.js'
import type { Rejection } from '../../../src/schemas/import.js'

export interface LineRun {
  /** Number of the first line (counted from 1 in its file); the texts are consecutive lines. */
  first: number
  /** A line's text, or null when it was longer than maxLineLength. */
  texts: Array<string | null>
  /** createdAt of a user whose line has none (ISO, UTC ms). */
  now: string
}

export type EdgeKind = 'follow' | 'request' | 'block' | 'mute'

export interface ParsedRun {
  rejected: Rejection[]
  users: { line: number[], id: string[], username: string[], name: string[], private: boolean[], hideNetwork: boolean[], discoverable: boolean[], createdAt: string[] }
  /** since is '' when the line has none. */
  edges: { line: number[], kind: EdgeKind[], from: string[], to: string[], since: string[], until: Array<string | null> }
}

export default function parseLines ({ first, texts, now }: LineRun): ParsedRun {
  const run: ParsedRun = {
    rejected: [],
    users: { line: [], id: [], username: [], name: [], private: [], hideNetwork: [], discoverable: [], createdAt: [] },
    edges: { line: [], kind: [], from: [], to: [], since: [], until: [] }
  }
  const { users, edges } = run
  for (let i = 0; i < texts.length; i++) {
    const line = first + i
    const text = texts[i]
    if (text === null || text === undefined) {
      run.rejected.push({ line, code: 'VALIDATION', message: `line is longer than ${maxLineLength} bytes` })
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
  return run
}
