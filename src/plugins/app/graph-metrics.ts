// Feeds `app.graphMetrics` (src/metrics/registry.ts): the writes the engine does not count itself (kind and
// outcome from src/metrics/write-outcomes.ts), transaction retries from src/database.ts's channel, and at each
// scrape the driver's pool, the unreachable mark and the change feed's horizon lag.
import { setTimeout as sleep } from 'node:timers/promises'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { AppConfig } from '../../config.js'
import { transactionRetried, type TransactionRetry } from '../../database.js'
import { poolStats } from '../../metrics/neo4j-pool.js'
import { errorOutcome, importOutcomes, successOutcome, writeRoute } from '../../metrics/write-outcomes.js'
import type { ImportSummary } from '../../schemas/import.js'
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

  // What the write engine did not count (src/metrics/write-outcomes.ts): a write route's request refused or
  // failed outside the engine, a route not named there by its status, an import by its answer's lines. Counting never
  // changes an answer.
  const routeOf = (request: FastifyRequest): ReturnType<typeof writeRoute> => writeRoute(request.method, request.routeOptions.url)
  const erred = new WeakSet<FastifyRequest>()
  app.addHook('onError', async (request, _reply, err) => {
    erred.add(request)
    const route = routeOf(request)
    const outcome = route === undefined ? undefined : errorOutcome(route, err)
    if (outcome !== undefined) graphMetrics.write(outcome)
  })
  app.addHook('preSerialization', async (request, reply, payload) => {
    if (reply.statusCode === 200 && routeOf(request)?.kind === 'import') {
      for (const [outcome, count] of importOutcomes(payload as ImportSummary)) graphMetrics.write(outcome, count)
    }
    return payload
  })
  app.addHook('onResponse', async (request, reply) => {
    const route = routeOf(request)
    if (route === undefined) return
    // An error answer with no error behind it is load shedding's 503 OVERLOADED (src/plugins/external/load-shedding.ts).
    if (reply.statusCode >= 400) {
      if (!erred.has(request)) graphMetrics.write({ kind: route.kind, outcome: 'failed', code: 'OVERLOADED' })
      return
    }
    const outcome = successOutcome(route, reply.statusCode)
    if (outcome !== undefined) graphMetrics.write(outcome)
  })
}, { name: 'graph-metrics', dependencies: ['metrics', 'neo4j'] })
