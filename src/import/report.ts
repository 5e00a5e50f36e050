// The import's answer: the lines applied, by kind, and the refused ones worded for people (the first 10,000, in
// line order; all of them counted).
import type { ImportSummary, Rejection } from '../schemas/import.js'
import type { Batch } from './batch.js'

const maxListedRejections = 10_000

const countKey = {
  user: 'users', follow: 'follows', request: 'requests', block: 'blocks', mute: 'mutes', list: 'lists', member: 'members', listBlock: 'listBlocks', listMute: 'listMutes'
} as const

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
  settled (batch: Batch, rejections: Rejection[]): number {
    const refused = new Set<number>()
    for (const r of rejections) {
      refused.add(r.line)
      this.reject(r)
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
