// The import's answer: the lines applied, by kind, and the refused ones worded for people (the first 10,000, in
// line order; all of them counted).
import type { Refusal } from '../queries/import.js'
import type { ListOp } from '../queries/list-writes.js'
import type { WriteOp } from '../queries/writes.js'
import type { ImportSummary, Rejection } from '../schemas/import.js'
import type { Batch } from './batch.js'

const maxListedRejections = 10_000

const countKey = {
  user: 'users', follow: 'follows', request: 'requests', block: 'blocks', mute: 'mutes', list: 'lists', member: 'members', listBlock: 'listBlocks', listMute: 'listMutes'
} as const

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

/** A line of `batch` the database refused, worded with what the line asked for. */
function describe (batch: Batch, r: Refusal): Rejection {
  if (r.refused.startsWith('USER_NOT_FOUND:')) {
    return { line: r.line, code: 'USER_NOT_FOUND', message: `user '${r.refused.slice('USER_NOT_FOUND:'.length)}' does not exist` }
  }
  if (r.refused === 'USERNAME_TAKEN') return { line: r.line, code: r.refused, message: `username '${batch.usernameOf.get(r.line) ?? ''}' is taken` }
  const listOp = batch.listOps.get(r.line)
  if (listOp !== undefined) return { line: r.line, code: r.refused, message: listMessages[r.refused]?.(listOp) ?? r.refused }
  return { line: r.line, code: r.refused, message: messages[r.refused]?.(batch.edges.get(r.line)) ?? r.refused }
}

export class ImportReport {
  private readonly summary: ImportSummary = { users: 0, follows: 0, requests: 0, blocks: 0, mutes: 0, lists: 0, members: 0, listBlocks: 0, listMutes: 0, rejected: [], rejectedCount: 0 }

  get rejectedCount (): number {
    return this.summary.rejectedCount
  }

  /** A line refused before it reached the database. */
  reject (r: Rejection): void {
    this.summary.rejectedCount++
    if (this.summary.rejected.length < maxListedRejections) this.summary.rejected.push(r)
  }

  /** A committed batch: its refused lines, and every other line counted as applied. Answers how many were applied. */
  settled (batch: Batch, refusals: Refusal[]): number {
    const refused = new Set<number>()
    for (const r of refusals) {
      refused.add(r.line)
      this.reject(describe(batch, r))
    }
    for (const [line, kind] of batch.kinds) if (!refused.has(line)) this.summary[countKey[kind]]++
    return batch.kinds.size - refused.size
  }

  /** The summary, its refusals in line order. */
  done (): ImportSummary {
    this.summary.rejected.sort((a, b) => a.line - b.line)
    return this.summary
  }
}
