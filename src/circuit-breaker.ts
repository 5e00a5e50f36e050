// Failing fast while Neo4j is unreachable: a circuit breaker (opossum) around every unit of database work.
// - The first failure that means "unreachable" (src/database.ts, isUnavailable) opens it at once
//   (errorThresholdPercentage 0; other failures, such as a refused rule or a constraint, do not count).
// - Open: new work fails at once with DatabaseUnavailable (503 DATABASE_UNAVAILABLE), and the work still in
//   flight is answered the same way at that moment rather than when its own connection gives up.
// - After resetMs it is half-open: a ping (every probeMs while the breaker is not closed) is the trial, bounded
//   by probeTimeoutMs; success closes it, failure opens it again. Requests never serve as trials: one that
//   hangs on a half-dead server would hold the breaker half-open, failing every request, for as long.
// Work answered early keeps running in the driver until its connection fails: a write may still commit, so a
// 503 means "unknown outcome", and every write is safe to retry.
import CircuitBreaker from 'opossum'

/** The database is known to be unreachable now: answered 503 without waiting for it. */
export class DatabaseUnavailable extends Error {
  readonly code = 'ServiceUnavailable'
  constructor () { super('the graph database is unreachable (waiting for it to come back)') }
}

export interface CircuitOptions {
  /** Whether a failure means the database cannot be reached. */
  isUnavailable: (err: unknown) => boolean
  /** A cheap round trip used as the trial while the breaker is open. */
  probe: () => Promise<unknown>
  /** How long the breaker stays open before a trial (default 500 ms). */
  resetMs?: number
  /** How often a trial is attempted while not closed (default 500 ms). */
  probeMs?: number
  /** A trial that takes longer fails (default 5 s: a server just restarted is slow to answer its first query). */
  probeTimeoutMs?: number
  onChange?: (state: 'open' | 'halfOpen' | 'close') => void
}

export interface Circuit {
  /** Runs `work` unless the breaker is open; answers DatabaseUnavailable when it opens meanwhile. */
  run: <T>(work: () => Promise<T>) => Promise<T>
  /** True while work is let through normally. */
  readonly closed: boolean
  shutdown: () => void
}

export function createCircuit (o: CircuitOptions): Circuit {
  const inFlight = new Set<(err: Error) => void>()
  const breaker = new CircuitBreaker(async (work: () => Promise<unknown>) => await new Promise((resolve, reject) => {
    inFlight.add(reject)
    work().then(resolve, reject).finally(() => inFlight.delete(reject))
  }), {
    timeout: false,
    errorThresholdPercentage: 0,
    resetTimeout: o.resetMs ?? 500,
    errorFilter: (err: unknown) => !o.isUnavailable(err)
  })

  const trial = async (): Promise<unknown> => await new Promise((resolve, reject) => {
    const timer = setTimeout(() => { reject(new DatabaseUnavailable()) }, o.probeTimeoutMs ?? 5_000)
    o.probe().then(resolve, reject).finally(() => { clearTimeout(timer) })
  })
  let probing: NodeJS.Timeout | undefined
  const stopProbing = (): void => { clearInterval(probing); probing = undefined }
  breaker.on('open', () => {
    for (const reject of inFlight) reject(new DatabaseUnavailable())
    inFlight.clear()
    probing ??= setInterval(() => { if (breaker.halfOpen) breaker.fire(trial).catch(() => undefined) }, o.probeMs ?? 500).unref()
    o.onChange?.('open')
  })
  breaker.on('halfOpen', () => { o.onChange?.('halfOpen') })
  breaker.on('close', () => { stopProbing(); o.onChange?.('close') })

  return {
    run: async <T>(work: () => Promise<T>): Promise<T> => {
      if (!breaker.closed) throw new DatabaseUnavailable()
      try {
        return await breaker.fire(work) as T
      } catch (err) {
        if ((err as { code?: unknown }).code === 'EOPENBREAKER') throw new DatabaseUnavailable()
        throw err
      }
    },
    get closed () { return breaker.closed },
    shutdown: () => {
      stopProbing()
      breaker.shutdown()
    }
  }
}
