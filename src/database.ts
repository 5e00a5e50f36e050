// The one place that talks to the driver: managed transactions (retried on transient errors), routing by
// READ/WRITE so a cluster spreads reads, and conversion of Neo4j values to plain JSON at the boundary.
import { channel } from 'node:diagnostics_channel'
import neo4j, { type DateTime, type Driver, type Integer, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver'
import { readQuery, type Query } from './queries/cypher.js'

export type Params = Record<string, unknown>
export type Row = Record<string, unknown>

/**
 * A Neo4j DateTime as an ISO-8601 UTC string with milliseconds, from its fields. (The driver's own
 * toStandardDate() goes through 64-bit Integer arithmetic: on a page of 100 rows it was most of the service's
 * CPU per request.) Integers arrive as numbers (disableLosslessIntegers).
 */
function isoOfDateTime (d: DateTime<number | Integer>): string {
  const n = (x: number | Integer): number => typeof x === 'number' ? x : x.toNumber()
  const utc = Date.UTC(n(d.year), n(d.month) - 1, n(d.day), n(d.hour), n(d.minute), n(d.second), Math.floor(n(d.nanosecond) / 1e6)) -
    n(d.timeZoneOffsetSeconds ?? 0) * 1000
  return new Date(utc).toISOString()
}

/** Neo4j temporal values become ISO-8601 UTC strings with milliseconds; integers are numbers already. */
export function toPlain (value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (neo4j.isDateTime(value)) return isoOfDateTime(value)
  if (neo4j.isInt(value)) return value.toNumber()
  if (Array.isArray(value)) return value.map(toPlain)
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties)
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]))
}

export function rowsOf<R> (result: QueryResult<RecordShape>): R[] {
  return result.records.map(r => toPlain(r.toObject()) as R)
}

/** A transaction handed to a unit of work: each statement answers plain rows. */
export interface Tx {
  run: <R = Row>(query: Query, params?: Params) => Promise<R[]>
  /** The statement's rows and its update counters (e.g. whether a MERGE created the node). */
  runWithCounters: <R = Row>(query: Query, params?: Params) => Promise<{ rows: R[], counters: Counters }>
}

export interface Counters {
  nodesCreated: number
  nodesDeleted: number
  relationshipsCreated: number
  relationshipsDeleted: number
  propertiesSet: number
}

function txOf (tx: ManagedTransaction): Tx {
  const runWithCounters = async <R>(query: Query, params: Params = {}) => {
    const result = await tx.run(query.text, params)
    const u = result.summary.counters.updates()
    return { rows: rowsOf<R>(result), counters: u }
  }
  return {
    runWithCounters,
    run: async <R>(query: Query, params?: Params) => (await runWithCounters<R>(query, params)).rows
  }
}

/** Server-side limit for one managed transaction, so no request holds locks or waits for ever. */
export const transactionTimeoutMs = 30_000

/** What `transactionRetried` carries: the database and the access mode of the transaction run again. */
export interface TransactionRetry { database: Database, mode: 'READ' | 'WRITE' }

/** Published each time the driver runs a managed transaction's work again after a transient error (metrics). */
export const transactionRetried = channel('follow-graph:transaction-retried')

/** Raised without touching the driver while Neo4j is known to be unreachable: answered 503 at once. */
export class DatabaseUnavailable extends Error {
  readonly code = 'ServiceUnavailable'
  constructor () { super('the graph database is unreachable (waiting for it to come back)') }
}

const probeQuery = readQuery('ops/ping')
const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms).unref()) }

export class Database {
  /**
   * Set when a statement fails because Neo4j cannot be reached. Until a probe answers again, new work fails
   * at once instead of each request spending the driver's whole retry budget (seconds) on a dead server;
   * the probe (one at a time, every 500 ms) brings the service back by itself when Neo4j returns.
   */
  private unreachable = false
  private closed = false

  constructor (readonly driver: Driver, readonly database: string) {}

  /** Whether the last contact with Neo4j failed and it has not answered a probe since. */
  get reachable (): boolean { return !this.unreachable }

  async close (): Promise<void> {
    this.closed = true
    await this.driver.close()
  }

  private async guarded<T>(work: () => Promise<T>): Promise<T> {
    if (this.unreachable) throw new DatabaseUnavailable()
    try {
      return await work()
    } catch (err) {
      if (isUnavailable(err)) this.markUnreachable()
      throw err
    }
  }

  private markUnreachable (): void {
    if (this.unreachable || this.closed) return
    this.unreachable = true
    void this.probe()
  }

  private async probe (): Promise<void> {
    while (this.unreachable && !this.closed) {
      // An auto-commit statement: one attempt, bounded by the driver's connection timeouts, no retries.
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ })
      try {
        await session.run(probeQuery.text)
        this.unreachable = false
      } catch {
        await sleep(500)
      } finally {
        await session.close().catch(() => undefined)
      }
    }
  }

  private session (mode: 'READ' | 'WRITE') {
    return this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE })
  }

  /** One statement in a managed transaction of the query's own routing. */
  async run<R = Row>(query: Query, params: Params = {}): Promise<R[]> {
    return await this.transaction(query.routing, async tx => await tx.run<R>(query, params))
  }

  /** Several statements in one managed transaction; the work may be retried as a whole on transient errors. */
  async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    return await this.guarded(async () => {
      const session = this.session(mode)
      const config = { timeout: transactionTimeoutMs }
      let attempts = 0
      const attempt = async (tx: ManagedTransaction): Promise<T> => {
        if (attempts++ > 0 && transactionRetried.hasSubscribers) transactionRetried.publish({ database: this, mode } satisfies TransactionRetry)
        return await work(txOf(tx))
      }
      try {
        return mode === 'READ'
          ? await session.executeRead(attempt, config)
          : await session.executeWrite(attempt, config)
      } finally {
        await session.close()
      }
    })
  }

  /** Streams a read statement's rows with backpressure: the driver pulls the next batch as they are consumed. */
  async * stream<R = Row>(query: Query, params: Params = {}, fetchSize = 1000): AsyncGenerator<R> {
    if (this.unreachable) throw new DatabaseUnavailable()
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, fetchSize })
    const tx = await session.beginTransaction().catch(async (err: unknown) => {
      if (isUnavailable(err)) this.markUnreachable()
      await session.close()
      throw err
    })
    try {
      for await (const record of tx.run(query.text, params)) yield toPlain(record.toObject()) as R
      await tx.commit()
    } finally {
      if (tx.isOpen()) await tx.rollback()
      await session.close()
    }
  }
}

const unavailableCodes = new Set([
  'ServiceUnavailable', 'SessionExpired',
  'Neo.ClientError.Cluster.NotALeader', 'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase',
  'Neo.TransientError.General.DatabaseUnavailable'
])

/** True for errors that mean "the database cannot be reached now" (answered 503, not 500). */
export function isUnavailable (err: unknown): boolean {
  if (!(err instanceof Error)) return false
  const code = (err as { code?: unknown }).code
  if (typeof code === 'string' && unavailableCodes.has(code)) return true
  return /Connection acquisition timed out|Failed to connect|connect ECONNREFUSED|Pool is closed|Could not perform discovery|routing table/i.test(err.message)
}

/**
 * True for a Neo4j transient error (a deadlock, a lock timeout...) still failing after the managed
 * transaction's retries (maxTransactionRetryTime): the work may succeed if the caller tries again.
 */
export function isTransient (err: unknown): boolean {
  const code = err instanceof Error ? (err as { code?: unknown }).code : undefined
  return typeof code === 'string' && code.startsWith('Neo.TransientError.')
}

/** True when a statement broke a uniqueness constraint (e.g. a username taken by another user). */
export function isConstraintViolation (err: unknown): boolean {
  return err instanceof Error && (err as { code?: unknown }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed'
}
