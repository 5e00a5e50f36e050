// The Neo4j driver's connection pool, per server. neo4j-driver 6 has no public metrics API (the Java driver's
// `driver.metrics()` has no JavaScript counterpart); its pool (neo4j-driver-core's internal/pool/pool.js, held
// by the connection provider the driver creates on first use) keeps per-server counters, read here:
// `_activeResourceCounts` (connections acquired and not released), `_pools` (idle connections) and
// `_acquireRequests` (acquisitions queued while the pool is at maxConnectionPoolSize).
// test/metrics/neo4j-pool.test.ts drives a real pool through each state, so a driver upgrade that moves these
// fields fails there instead of reporting zeros.
import type { Driver } from 'neo4j-driver'

export interface PoolStats {
  /** host:port */
  server: string
  inUse: number
  idle: number
  waiting: number
}

interface PoolInternals {
  _activeResourceCounts: Record<string, number>
  _pools: Record<string, { length: number }>
  _acquireRequests: Record<string, unknown[]>
}

function isPool (pool: unknown): pool is PoolInternals {
  if (typeof pool !== 'object' || pool === null) return false
  const p = pool as Partial<Record<keyof PoolInternals, unknown>>
  return [p._activeResourceCounts, p._pools, p._acquireRequests].every(x => typeof x === 'object' && x !== null)
}

/**
 * The pool's counters per server: [] before the driver's first connection, undefined when the driver does not
 * have the pool this module knows (another driver version).
 */
export function poolStats (driver: Driver): PoolStats[] | undefined {
  const provider = (driver as unknown as { _connectionProvider?: { _connectionPool?: unknown } | null })._connectionProvider
  if (provider === null) return []
  const pool = provider?._connectionPool
  if (!isPool(pool)) return undefined
  const servers = new Set([...Object.keys(pool._activeResourceCounts), ...Object.keys(pool._pools), ...Object.keys(pool._acquireRequests)])
  return [...servers].sort().map(server => ({
    server,
    inUse: pool._activeResourceCounts[server] ?? 0,
    idle: pool._pools[server]?.length ?? 0,
    waiting: pool._acquireRequests[server]?.length ?? 0
  }))
}
