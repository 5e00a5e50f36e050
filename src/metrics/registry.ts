// The graph's own metrics, beside fastify-metrics' HTTP and process figures. Every name is defined here; the
// values come from whoever knows them: counters are incremented through the methods below, gauges are read
// at scrape time through readers (set by src/plugins/app/graph-metrics.ts, and by the write path's batcher
// for its queue). One registry per app, as `app.graphMetrics` (tests build several apps in one process).
// Prometheus conventions: a `graph_` prefix, base units (seconds), `_total` for counters.
import { Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { PoolStats } from './neo4j-pool.js'

/** How a write ended: a success named by its status (created, existing, ...), refused (4xx) or failed (5xx). */
export interface WriteOutcome {
  /** What was written: follow, unfollow, block, user.put, import.follow... */
  kind: string
  outcome: string
  /** The error body's stable code for refused and failed writes, '' otherwise. */
  code?: string
}

type Reader<T> = () => T | Promise<T>

/** Gauges' sources, read at each scrape; undefined (or NaN) when the value is unknown right now. */
export interface GraphReaders {
  /** The Neo4j driver's connection pool, per server. */
  pool: Reader<PoolStats[] | undefined>
  /** Whether the service has marked Neo4j unreachable (src/database.ts). */
  unreachable: Reader<boolean>
  /** How far the change feed's horizon is behind now, in seconds. */
  changeFeedLag: Reader<number | undefined>
  /** Writes waiting in the write path's batcher. */
  writeQueueLength: Reader<number>
  /** What serves the suggestions and its held-out hit@20 (the precompute's :SuggestionModel); undefined before one. */
  suggestions: Reader<{ method: string, hit: number } | undefined>
}

/** Write kinds that name a block or a mute: counted as "private" (see `write`). */
const privateKind = /^(import\.)?(un)?(block|mute)$|list-(blocks|mutes)|^list\.(un)?(block|mute)$/

export class GraphMetrics {
  readonly registry = new Registry()
  private readonly readers: GraphReaders = {
    pool: () => undefined,
    unreachable: () => false,
    changeFeedLag: () => undefined,
    writeQueueLength: () => 0,
    suggestions: () => undefined
  }

  private readonly writes = new Counter({
    name: 'graph_writes_total',
    help: 'Writes by kind and outcome (created, existing, requested, updated, accepted, done, applied; refused for 4xx, failed for 5xx, with the error code)',
    labelNames: ['kind', 'outcome', 'code'] as const,
    registers: [this.registry]
  })

  private readonly retries = new Counter({
    name: 'graph_transaction_retries_total',
    help: 'Managed transactions whose work ran again after a transient Neo4j error (deadlock, lock timeout, leader switch)',
    labelNames: ['access_mode'] as const,
    registers: [this.registry]
  })

  private readonly batchSizes = new Histogram({
    name: 'graph_write_batch_size',
    help: 'Operations per transaction of the write path\'s batcher',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000],
    registers: [this.registry]
  })

  constructor () {
    const { readers, registry } = this
    const poolGauge = (name: string, help: string, pick: (s: PoolStats) => number): void => {
      new Gauge({
        name,
        help,
        labelNames: ['server'] as const,
        registers: [registry],
        async collect () {
          this.reset()
          for (const s of await readers.pool() ?? []) this.set({ server: s.server }, pick(s))
        }
      })
    }
    poolGauge('graph_neo4j_pool_connections_in_use', 'Neo4j driver connections acquired by sessions, per server', s => s.inUse)
    poolGauge('graph_neo4j_pool_connections_idle', 'Neo4j driver connections idle in the pool, per server', s => s.idle)
    poolGauge('graph_neo4j_pool_acquisitions_waiting', 'Sessions waiting for a Neo4j connection from the pool, per server', s => s.waiting)
    new Gauge({
      name: 'graph_neo4j_unreachable',
      help: '1 while Neo4j is marked unreachable (routes answer 503 at once until a probe succeeds), else 0',
      registers: [registry],
      async collect () { this.set(await readers.unreachable() ? 1 : 0) }
    })
    new Gauge({
      name: 'graph_change_feed_horizon_lag_seconds',
      help: 'How far behind now the change feed serves: CHANGES_LAG_MS, more while an older transaction is open (NaN when unknown)',
      registers: [registry],
      async collect () { this.set(await readers.changeFeedLag() ?? NaN) }
    })
    new Gauge({
      name: 'graph_write_queue_length',
      help: 'Writes waiting in the write path\'s batcher for a transaction',
      registers: [registry],
      async collect () { this.set(await readers.writeQueueLength()) }
    })
    new Gauge({
      name: 'graph_suggestions_heldout_hit_at_20',
      help: 'The method serving who-to-follow (label method: the ranker or a single generator) and its hit@20 on the held-out follows the precompute evaluated it on; absent before the first precompute',
      labelNames: ['method'] as const,
      registers: [registry],
      async collect () {
        this.reset()
        const s = await readers.suggestions()
        if (s !== undefined) this.set({ method: s.method }, s.hit)
      }
    })
  }

  /** Sets where gauges read their values (the others keep theirs). */
  read (readers: Partial<GraphReaders>): void {
    Object.assign(this.readers, readers)
  }

  /**
   * Counts one write (or `count` of the same kind and outcome, e.g. an import's applied lines). Blocks and mutes
   * (direct, imported or through a list) are their users' own business (API.md v1.1 counts): /metrics, open to
   * anyone who reaches it, counts them together as kind "private", never by type.
   */
  write ({ kind, outcome, code = '' }: WriteOutcome, count = 1): void {
    if (count > 0) this.writes.inc({ kind: privateKind.test(kind) ? 'private' : kind, outcome, code }, count)
  }

  transactionRetried (mode: 'READ' | 'WRITE'): void {
    this.retries.inc({ access_mode: mode.toLowerCase() })
  }

  /**
   * For the write path's batcher: one call per transaction it commits, with the operations it held (its queue
   * length is a reader: `read({ writeQueueLength: () => queue.length })`).
   */
  writeBatch (size: number): void {
    this.batchSizes.observe(size)
  }
}
