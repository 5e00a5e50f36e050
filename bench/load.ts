// The two load generators, measured the same way: a fixed number of concurrent callers for a fixed time after
// a warm-up, every latency recorded (in ms, sub-millisecond precision) and reduced to p50/p99 here.
//  - http: autocannon against the service;
//  - raw: the same Cypher text through neo4j-driver from a plain loop, one session per statement as the
//    service's Database.run does.
import type { IncomingHttpHeaders } from 'node:http'
import autocannon from 'autocannon'
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver'

export interface Measure {
  /** CPU milliseconds per request of the service, Neo4j and the load generator (this process). */
  cpuMs?: { service: number, neo4j: number, client: number }
  requests: number
  seconds: number
  rps: number
  p50: number
  p99: number
  errors: number
  /** Responses by status code (http only). */
  statuses: Record<string, number>
  /** Latency by status code (http only): an overloaded run's answered requests apart from its shed ones. */
  byStatus?: Record<string, { p50: number, p99: number, max: number }>
}

export function percentile (sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1))]!
}

function measureOf (latencies: number[], seconds: number, errors: number, statuses: Record<string, number> = {}): Measure {
  const sorted = Float64Array.from(latencies).sort()
  return { requests: latencies.length, seconds, rps: latencies.length / seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), errors, statuses }
}

export interface HttpRequest {
  method: 'GET' | 'PUT' | 'DELETE' | 'POST'
  path: string
  headers: Record<string, string>
  body?: string
}

export interface HttpLoad {
  url: string
  connections: number
  /** Seconds; ignored when `amount` is set. */
  duration: number
  warmup: number
  /** Stop after this many requests instead of after `duration` (no warm-up then). */
  amount?: number
  /** A fixed request, or a function giving each request (e.g. a new pair each time). */
  request: HttpRequest | (() => HttpRequest)
  /** Statuses that count as success; anything else is an error. */
  ok: (status: number) => boolean
  /** Sees every response's status and headers, warm-up included (e.g. to count the edges a write run created). */
  onStatus?: (status: number, headers: IncomingHttpHeaders) => void
  /** Called when the measured phase starts (after the warm-up). */
  onStart?: () => void
}

export async function httpLoad (o: HttpLoad): Promise<Measure> {
  const dynamic = typeof o.request === 'function' ? o.request : undefined
  const fixed = typeof o.request === 'function' ? o.request() : o.request
  const options: autocannon.Options & { warmup?: { connections: number, duration: number } } = {
    url: o.url,
    connections: o.connections,
    ...(o.amount !== undefined ? { amount: o.amount } : { duration: o.duration, warmup: { connections: o.connections, duration: o.warmup } }),
    timeout: 30,
    requests: [{
      method: fixed.method,
      path: fixed.path,
      headers: fixed.headers,
      ...(fixed.body !== undefined && { body: fixed.body }),
      ...(o.onStatus !== undefined && { onResponse: (status: number, _body: string, _context: object, headers?: IncomingHttpHeaders) => { o.onStatus!(status, headers ?? {}) } }),
      ...(dynamic !== undefined && {
        setupRequest: (req: autocannon.Request) => {
          const next = dynamic()
          return { ...req, method: next.method, path: next.path, headers: next.headers, ...(next.body !== undefined && { body: next.body }) }
        }
      })
    }]
  }
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  const latenciesByStatus: Record<string, number[]> = {}
  let bad = 0
  // Without a callback autocannon answers its event emitter, made thenable (the typings only say Promise).
  const instance = autocannon(options) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>
  // The warm-up runs on a tracker of its own: this one starts with the measured phase.
  instance.once('start', () => { o.onStart?.() })
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    latencies.push(ms)
    ;(latenciesByStatus[status] ??= []).push(ms)
    statuses[status] = (statuses[status] ?? 0) + 1
    if (!o.ok(status)) bad++
  })
  const result = await instance
  const byStatus = Object.fromEntries(Object.entries(latenciesByStatus).map(([status, ms]) => {
    const sorted = Float64Array.from(ms).sort()
    return [status, { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1)! }]
  }))
  return { ...measureOf(latencies, result.duration, bad + result.errors + result.timeouts, statuses), byStatus }
}

export interface Statement { text: string, params: Record<string, unknown> }

/**
 * `connections` callers, each running one request's transactions back to back: every inner list is one
 * transaction (its own session, as the service's Database.transaction), its statements run in order; a read
 * of one statement as an auto-commit read, as the service's Database.run (`managed`: as a managed transaction
 * all the same, BEGIN and COMMIT around it, which is what driver.executeQuery does).
 * `transactions` may be a function, called once per request (e.g. a new pair for each write).
 */
export async function rawLoad (driver: Driver, transactions: Statement[][] | (() => Statement[][]), connections: number,
  duration: number, warmup: number, mode: 'READ' | 'WRITE' = 'READ', onStart?: () => void, managed = false): Promise<Measure> {
  let errors = 0
  const once = async (): Promise<void> => {
    for (const statements of typeof transactions === 'function' ? transactions() : transactions) {
      const session = driver.session({ database: 'neo4j', defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE })
      try {
        const [only] = statements
        if (mode === 'READ' && !managed && statements.length === 1 && only !== undefined) {
          await session.run(only.text, only.params)
          continue
        }
        const work = async (tx: ManagedTransaction): Promise<void> => {
          for (const s of statements) await tx.run(s.text, s.params)
        }
        await (mode === 'READ' ? session.executeRead(work) : session.executeWrite(work))
      } finally {
        await session.close()
      }
    }
  }
  const phase = async (seconds: number, latencies: number[] | undefined): Promise<number> => {
    const started = performance.now()
    const end = started + seconds * 1000
    await Promise.all(Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now()
        try {
          await once()
          latencies?.push(performance.now() - t0)
        } catch {
          if (latencies !== undefined) errors++
        }
      }
    }))
    return (performance.now() - started) / 1000
  }
  await phase(warmup, undefined)
  onStart?.()
  const latencies: number[] = []
  const seconds = await phase(duration, latencies)
  return measureOf(latencies, seconds, errors)
}
