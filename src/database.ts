// The one place that talks to the driver: transactions routed by READ/WRITE (a cluster spreads reads),
// causally consistent through bookmarks (src/bookmarks.ts), retried as a whole on transient errors, behind the
// circuit breaker of src/circuit-breaker.ts (an unreachable database is answered 503 at once, never waited
// for), and conversion of Neo4j values to plain JSON at the boundary.
import { channel } from 'node:diagnostics_channel'
import neo4j, { type DateTime, type Driver, type Integer, type QueryResult, type Record as Neo4jRecord, type RecordShape, type Transaction } from 'neo4j-driver'
import pRetry from 'p-retry'
import { awaitRequestBookmarks, noteWrite, requestBookmarks } from './bookmarks.js'
import { createCircuit, DatabaseUnavailable, type Circuit, type CircuitOptions } from './circuit-breaker.js'
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

/** A record as a plain row, built once from its fields (no Record.toObject copy to convert again). */
function rowOf<R> (record: Neo4jRecord): R {
  const row: Row = {}
  for (let i = 0; i < record.keys.length; i++) row[record.keys[i] as string] = toPlain(record.get(i))
  return row as R
}

/** Each record of a result as a plain row. */
export function rowsOf<R> (result: QueryResult<RecordShape>): R[] {
  return result.records.map(r => rowOf<R>(r))
}

/**
 * Runs a driver call that makes a Result without the stack trace neo4j-driver captures for each one (an Error
 * built and formatted per statement and per commit, 4-5% of the service's CPU in the bench's profiles, used
 * only to point a failed statement's error at its caller). A failed statement's error still says what failed:
 * its code and message; the error handler logs the request.
 */
function withoutStackTrace<T> (call: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return call()
  } finally {
    Error.stackTraceLimit = limit
  }
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

function txOf (tx: Pick<Transaction, 'run'>): Tx {
  const runWithCounters = async <R>(query: Query, params: Params = {}) => {
    const result = await withoutStackTrace(() => tx.run(query.text, params))
    const u = result.summary.counters.updates()
    return { rows: rowsOf<R>(result), counters: u }
  }
  return {
    runWithCounters,
    run: async <R>(query: Query, params?: Params) => (await runWithCounters<R>(query, params)).rows
  }
}

/** Server-side limit for one transaction, so no request holds locks or waits for ever. */
export const transactionTimeoutMs = 30_000

/**
 * Retries of a transaction that failed with a transient error (a deadlock, a lock wait...): the whole unit
 * of work again, with jittered backoff, for up to 5 s. An unreachable database is never retried here: the
 * circuit breaker answers at once instead (src/circuit-breaker.ts).
 */
const retryPolicy = { retries: 30, minTimeout: 10, maxTimeout: 500, factor: 2, randomize: true, maxRetryTime: 5_000 }

export { DatabaseUnavailable }

/** What `transactionRetried` carries: the database and the access mode of the transaction run again. */
export interface TransactionRetry { database: Database, mode: 'READ' | 'WRITE' }

/** Published each time a transaction's work runs again after a transient error (metrics). */
export const transactionRetried = channel('follow-graph:transaction-retried')

const probeQuery = readQuery('ops/ping')

export class Database {
  private readonly circuit: Circuit
  /** Every session of this driver waits for the instance's own last writes (see bookmarks.ts). */
  private readonly bookmarkManager = neo4j.bookmarkManager()

  constructor (readonly driver: Driver, readonly database: string, o: { onCircuitChange?: CircuitOptions['onChange'] } = {}) {
    this.circuit = createCircuit({
      isUnavailable,
      probe: async () => await this.attempt('READ', async tx => await tx.run(probeQuery)),
      onChange: o.onCircuitChange
    })
  }

  /** False while the circuit breaker holds Neo4j for unreachable (until a trial succeeds). */
  get reachable (): boolean { return this.circuit.closed }

  async close (): Promise<void> {
    this.circuit.shutdown()
    await this.driver.close()
  }

  private session (mode: 'READ' | 'WRITE', fetchSize?: number) {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      // The instance's last writes and the request's Graph-Bookmark, waited for wherever the session runs.
      bookmarkManager: this.bookmarkManager,
      bookmarks: requestBookmarks(),
      ...(fetchSize !== undefined && { fetchSize })
    })
  }

  /** Waits (once per request) until the database has the request's Graph-Bookmark (see bookmarks.ts). */
  private async catchUp (mode: 'READ' | 'WRITE'): Promise<void> {
    await awaitRequestBookmarks(async bookmarks => {
      const session = this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE, bookmarks })
      try {
        await session.run(probeQuery.text)
      } finally {
        await session.close()
      }
    })
  }

  /**
   * One attempt: a transaction of the given routing in its own session, committed when the work succeeds. A
   * committed write's bookmarks are kept for the request's Graph-Bookmark answer, and passed to `committed`.
   */
  private async attempt<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, committed?: (bookmarks: string[]) => void): Promise<T> {
    const session = this.session(mode)
    try {
      const tx = session.beginTransaction({ timeout: transactionTimeoutMs })
      try {
        const result = await work(txOf(tx))
        await withoutStackTrace(() => tx.commit())
        if (mode === 'WRITE') {
          noteWrite(session.lastBookmarks())
          committed?.(session.lastBookmarks())
        }
        return result
      } finally {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined)
      }
    } finally {
      await session.close().catch(() => undefined)
    }
  }

  /**
   * One read statement as an auto-commit transaction of a READ session (any cluster member, the session's
   * bookmarks waited for as any transaction's): RUN and PULL in one message exchange, where an explicit
   * transaction adds BEGIN and COMMIT. A one-statement read needs neither: per followers page at one connection
   * a driver loop's CPU went from 1.11 to 0.57 ms, Neo4j's from 1.57 to 1.02 ms (BENCHMARKS.md, "Reads in one
   * message exchange").
   */
  private async autoCommitRead<R>(query: Query, params: Params): Promise<R[]> {
    const session = this.session('READ')
    try {
      return rowsOf<R>(await withoutStackTrace(() => session.run(query.text, params, { timeout: transactionTimeoutMs })))
    } finally {
      await session.close().catch(() => undefined)
    }
  }

  /**
   * One statement in a transaction of the query's own routing: a read in an auto-commit read transaction, a
   * write in an explicit one (its bookmarks kept for the request's Graph-Bookmark).
   */
  async run<R = Row>(query: Query, params: Params = {}): Promise<R[]> {
    if (query.routing === 'READ') return await this.guarded('READ', async () => await this.autoCommitRead<R>(query, params))
    return await this.transaction(query.routing, async tx => await tx.run<R>(query, params))
  }

  /**
   * Several statements in one transaction (READ: any cluster member; WRITE: the leader). The work may run
   * again as a whole after a transient error, so it must not have effects outside the transaction.
   */
  async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, committed?: (bookmarks: string[]) => void): Promise<T> {
    return await this.guarded(mode, async () => await this.attempt(mode, work, committed))
  }

  /** A unit of work behind the circuit breaker, after the request's bookmarks, run again on transient errors. */
  private async guarded<T>(mode: 'READ' | 'WRITE', once: () => Promise<T>): Promise<T> {
    return await this.circuit.run(async () => {
      await this.catchUp(mode)
      let attempts = 0
      return await pRetry(async () => {
        if (attempts++ > 0 && transactionRetried.hasSubscribers) transactionRetried.publish({ database: this, mode } satisfies TransactionRetry)
        return await once()
      }, {
        ...retryPolicy,
        shouldRetry: err => isTransient(err) && !isUnavailable(err)
      })
    })
  }

  /** Streams a read statement's rows with backpressure: the driver pulls the next batch as they are consumed. */
  async * stream<R = Row>(query: Query, params: Params = {}, fetchSize = 1000): AsyncGenerator<R> {
    const session = this.session('READ', fetchSize)
    let tx: Transaction | undefined
    let records: AsyncIterator<Neo4jRecord> | undefined
    try {
      // The transaction begins and its first batch comes through the breaker: fails fast when it is open.
      const first = await this.circuit.run(async () => {
        await this.catchUp('READ')
        // No timeout: a stream's read transaction lasts as long as the export (it holds no locks).
        tx = session.beginTransaction()
        records = tx.run(query.text, params)[Symbol.asyncIterator]()
        return await records.next()
      })
      for (let r = first; r.done !== true; r = await records!.next()) yield rowOf<R>(r.value)
      await tx?.commit()
    } finally {
      // Also when the consumer stops early (a client that went away): the rest of the result is discarded
      // first (a rollback would otherwise wait for a paused result to be read to its end), then the
      // transaction and the session end.
      await records?.return?.(undefined).catch(() => undefined)
      if (tx?.isOpen() === true) await tx.rollback().catch(() => undefined)
      await session.close().catch(() => undefined)
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
  return /Connection acquisition timed out|Failed to connect|connect ECONNREFUSED|Pool is closed|Could not perform discovery|routing table|Connection was closed by server|ECONNRESET|EPIPE|socket hang up/i.test(err.message)
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
