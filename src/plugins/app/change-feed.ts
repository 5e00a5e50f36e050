// `app.changeFeed`: the change feed's read side and its retention.
//
// Consistency: a change is stamped `at` (the database's clock) by the last statement of the transaction that
// makes it, and becomes visible at commit; transactions may commit out of order. Readers only see changes
// before the horizon, min(now - lagMs, start of the oldest open transaction) (CHANGES_LAG_MS, default 3000;
// see cypher/changes/feed-horizon.cypher), and resume by keyset on (at, id). A change is stamped no earlier
// than its transaction's start, so nothing can still appear behind the horizon: a reader that resumes from
// `next` never misses a change nor sees one twice, even when a bulk batch runs longer than the lag. The price:
// a change is readable lagMs after it happened (longer while an older transaction is still open).
//
// Retention: every pruneEveryMs, changes older than CHANGES_RETENTION_DAYS are deleted in batches; a reader
// without `after` starts at the oldest change still kept. A cursor behind a deleted change is 410
// CURSOR_EXPIRED (the reader missed changes and must re-sync from an export); a quiet feed never expires one.
//
// The feed is read in write transactions (src/queries/changes.ts), from the leader of a cluster.
import fp from 'fastify-plugin'
import type { AppConfig } from '../../config.js'
import { CursorExpired } from '../../errors.js'
import { changesAfter, feedHorizon, missedByRetention, pruneChanges } from '../../queries/changes.js'
import type { Change, ChangesPage } from '../../schemas/changes.js'

export const defaultLagMs = 3000
const pruneEveryMs = 10 * 60_000
const pruneBatch = 10_000
const scope = 'changes'
const iso = (ms: number): string => new Date(ms).toISOString()

export interface StreamOptions { follow: boolean, signal: AbortSignal, idleMs: number, pollMs?: number }

declare module 'fastify' {
  interface FastifyInstance {
    changeFeed: {
      /** Up to `limit` changes after the cursor (from the oldest kept without one). */
      page: (after: string | undefined, limit: number) => Promise<ChangesPage>
      /** A cursor at the feed's current end. */
      latest: () => Promise<string>
      /** Every change after the cursor, page by page; with follow, keeps polling until the signal aborts or idleMs pass without a change. */
      stream: (after: string | undefined, opts: StreamOptions) => AsyncGenerator<Change>
      /** Deletes the changes past retention; answers how many. */
      prune: () => Promise<number>
    }
  }
}

export default fp(async (app, opts: { config: AppConfig }) => {
  const lagMs = opts.config.changes.lagMs ?? defaultLagMs
  const { retentionMs } = opts.config.changes
  const db = app.db

  const position = (after: string | undefined): { atMs: number, id: string } => {
    if (after === undefined) return { atMs: 0, id: '' }
    const { since, id } = app.cursors.decode(scope, after)
    return { atMs: Date.parse(since), id }
  }
  const cursorOf = (atMs: number, id: string): string => app.cursors.encode(scope, { since: iso(atMs), id })

  const page = async (after: string | undefined, limit: number): Promise<ChangesPage> => {
    const start = position(after)
    const { rows, pruned } = await changesAfter(db, { ...start, limit, lagMs, withPruned: after !== undefined })
    if (after !== undefined && missedByRetention(start, pruned)) throw new CursorExpired()
    const items = rows.map(r => ({ cursor: cursorOf(r.at, r.id), at: iso(r.at), type: r.type, actor: r.actor, target: r.target, ...(r.list !== null && { list: r.list }) }))
    return { items, next: items[items.length - 1]?.cursor ?? after ?? cursorOf(start.atMs, start.id) }
  }

  async function * stream (after: string | undefined, o: StreamOptions): AsyncGenerator<Change> {
    let cursor = after
    let lastNews = Date.now()
    while (!o.signal.aborted) {
      const { items, next } = await page(cursor, 1000)
      yield * items
      cursor = next
      if (items.length > 0) lastNews = Date.now()
      if (items.length < 1000) {
        // A followed stream with nothing new for idleMs ends (the client resumes from its last cursor).
        if (!o.follow || Date.now() - lastNews >= o.idleMs) return
        await new Promise<void>(resolve => {
          const timer = setTimeout(done, o.pollMs ?? 1000)
          function done (): void {
            clearTimeout(timer)
            o.signal.removeEventListener('abort', done)
            resolve()
          }
          o.signal.addEventListener('abort', done)
        })
      }
    }
  }

  const prune = async (): Promise<number> => {
    let total = 0
    for (let n = pruneBatch; n === pruneBatch; total += n) n = await pruneChanges(db, retentionMs, pruneBatch)
    return total
  }

  app.decorate('changeFeed', {
    page,
    latest: async () => cursorOf((await feedHorizon(db, lagMs)) - 1, '~'),
    stream,
    prune
  })

  let timer: NodeJS.Timeout | undefined
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      prune().then(n => { if (n > 0) app.log.info({ pruned: n }, 'change feed: pruned changes past retention') })
        .catch((err: unknown) => { app.log.warn({ err }, 'change feed: pruning failed; retrying at the next interval') })
    }, pruneEveryMs)
    timer.unref()
  })
  app.addHook('onClose', async () => { clearInterval(timer) })
}, { name: 'change-feed', dependencies: ['neo4j', 'cursors'] })
