// Feeds `app.graphMetrics` (src/metrics/registry.ts): every answered write through one onSend hook (kind and
// outcome from src/metrics/write-outcomes.ts), transaction retries from src/database.ts's channel, and at each
// scrape the driver's pool, the unreachable mark and the change feed's horizon lag.
import { setTimeout as sleep } from 'node:timers/promises'
import fp from 'fastify-plugin'
import type { AppConfig } from '../../config.js'
import { transactionRetried, type TransactionRetry } from '../../database.js'
import { poolStats } from '../../metrics/neo4j-pool.js'
import { writeOutcomes, writeRoute } from '../../metrics/write-outcomes.js'
import { feedHorizonLag } from '../../queries/changes.js'
import { defaultLagMs } from './change-feed.js'

/** A scrape never waits longer than this for the change feed's horizon (the gauge is NaN then). */
const horizonTimeoutMs = 2_000

async function within<T> (ms: number, work: Promise<T>): Promise<T | undefined> {
  const done = new AbortController()
  try {
    return await Promise.race([work, sleep(ms, undefined, { signal: done.signal })])
  } finally {
    done.abort()
  }
}

export default fp(async (app, opts: { config: AppConfig }) => {
  const { db, graphMetrics } = app
  const lagMs = opts.config.changes.lagMs ?? defaultLagMs

  graphMetrics.read({
    pool: () => poolStats(db.driver),
    unreachable: () => !db.reachable,
    changeFeedLag: async () => {
      if (!db.reachable) return undefined
      const lag = await within(horizonTimeoutMs, feedHorizonLag(db, lagMs)).catch(() => undefined)
      return lag === undefined ? undefined : lag / 1000
    }
  })

  const onRetry = (message: unknown): void => {
    const { database, mode } = message as TransactionRetry
    if (database === db) graphMetrics.transactionRetried(mode)
  }
  transactionRetried.subscribe(onRetry)
  app.addHook('onClose', async () => { transactionRetried.unsubscribe(onRetry) })

  // Counting never changes an answer: a payload it cannot read is logged and the answer goes out as it is.
  app.addHook('onSend', async (request, reply, payload) => {
    const route = writeRoute(request.method, request.routeOptions.url)
    if (route === undefined) return payload
    try {
      for (const [outcome, count] of writeOutcomes(route, reply.statusCode, payload)) graphMetrics.write(outcome, count)
    } catch (err) {
      request.log.warn({ err, kind: route.kind }, 'write not counted in the metrics')
    }
    return payload
  })
}, { name: 'graph-metrics', dependencies: ['metrics', 'neo4j'] })
