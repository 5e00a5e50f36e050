// npm run bench:soak [-- --minutes 10] [--users 300] [--rate 150] [--workers 16] [--port 38090] [--instance bench|outage]
// Soak: the real server (dist/scripts/start.js) on the bench Neo4j, mixed reads and writes at a steady rate for
// a long time. The generator keeps a model of every acknowledged follow/unfollow/block/unblock (a pair is never
// written by two requests at once, so the model is exact) and at the end compares it with the edges in Neo4j:
// none lost, none duplicated, none extra. The service's RSS is sampled throughout. Figures go to stdout and
// bench/results/soak-<time>.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createSigner } from 'fast-jwt'
import { readQuery } from '../src/queries/cypher.js'
import { Database } from '../src/database.js'
import { instances, startLocalNeo4j } from '../scripts/lib/local-neo4j.js'
import { benchInstance, driverFor, removeRunUsers } from './dataset.js'
import { buildService, resultsDir, startService } from './service.js'

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    users: { type: 'string', default: '300' },
    rate: { type: 'string', default: '150' },
    workers: { type: 'string', default: '16' },
    port: { type: 'string', default: '38090' },
    // The bench instance by default; `outage` (small, the reliability tests' own) when the bench is busy.
    instance: { type: 'string', default: 'bench' },
    keep: { type: 'boolean', default: false }
  }
})
const minutes = Number(args.minutes)
const userCount = Number(args.users)
const rate = Number(args.rate)
const workers = Number(args.workers)
const log = (line: string): void => { process.stderr.write(`[soak] ${line}\n`) }
const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }
const prefix = `soak${Date.now().toString(36)}_`
const soakEdges = readQuery('bench/soak-edges')

const secret = `soak-${Math.random().toString(36).slice(2)}-secret-long-enough-for-hs256`
const sign = createSigner({ key: secret, algorithm: 'HS256', expiresIn: 3_600_000 })
const tokens = new Map<string, string>()
const auth = (sub: string): string => {
  let t = tokens.get(sub)
  if (t === undefined) { t = `Bearer ${sign({ sub, scope: 'graph:read graph:write' })}`; tokens.set(sub, t) }
  return t
}

type EdgeType = 'FOLLOWS' | 'BLOCKS'
/** The model: the acknowledged edges, "from>to>TYPE". */
const edges = new Set<string>()
const key = (from: string, to: string, type: EdgeType): string => `${from}>${to}>${type}`
/** Pairs whose outcome is unknown (a request failed without an answer); excluded from the check. */
const uncertain = new Set<string>()
const pairKey = (a: string, b: string): string => a < b ? `${a}|${b}` : `${b}|${a}`
const busy = new Set<string>()

const stats = { requests: 0, reads: 0, writes: 0, errors5xx: 0, networkErrors: 0, unexpected: 0, byStatus: new Map<number, number>() }
const latencies: number[] = []
const unexpectedSamples: string[] = []

async function call (base: string, method: string, path: string, sub: string): Promise<number> {
  const started = performance.now()
  stats.requests++
  try {
    const res = await fetch(`${base}${path}`, { method, headers: { authorization: auth(sub) } })
    await res.arrayBuffer()
    stats.byStatus.set(res.status, (stats.byStatus.get(res.status) ?? 0) + 1)
    if (res.status >= 500) stats.errors5xx++
    return res.status
  } catch {
    stats.networkErrors++
    return 0
  } finally {
    latencies.push(performance.now() - started)
  }
}

const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!

/** One relationship write on a free pair, checked against (and applied to) the model. */
async function write (base: string, users: string[]): Promise<void> {
  const a = pick(users)
  let b = pick(users)
  while (b === a) b = pick(users)
  const pk = pairKey(a, b)
  if (busy.has(pk) || uncertain.has(pk)) return
  busy.add(pk)
  stats.writes++
  try {
    const op = Math.random()
    const blockedBy = edges.has(key(b, a, 'BLOCKS'))
    const blocking = edges.has(key(a, b, 'BLOCKS'))
    let expected: number[]
    let status: number
    if (op < 0.55) {
      expected = blockedBy ? [403] : blocking ? [409] : edges.has(key(a, b, 'FOLLOWS')) ? [200] : [201]
      status = await call(base, 'PUT', `/v1/users/${a}/following/${b}`, a)
      if (status === 200 || status === 201) edges.add(key(a, b, 'FOLLOWS'))
    } else if (op < 0.85) {
      expected = [204]
      status = await call(base, 'DELETE', `/v1/users/${a}/following/${b}`, a)
      if (status === 204) edges.delete(key(a, b, 'FOLLOWS'))
    } else if (op < 0.93) {
      expected = blocking ? [200] : [201]
      status = await call(base, 'PUT', `/v1/users/${a}/blocks/${b}`, a)
      if (status === 200 || status === 201) { edges.add(key(a, b, 'BLOCKS')); edges.delete(key(a, b, 'FOLLOWS')) }
    } else {
      expected = [204]
      status = await call(base, 'DELETE', `/v1/users/${a}/blocks/${b}`, a)
      if (status === 204) edges.delete(key(a, b, 'BLOCKS'))
    }
    if (status === 0 || status >= 500) uncertain.add(pk)
    else if (!expected.includes(status)) {
      stats.unexpected++
      if (unexpectedSamples.length < 10) unexpectedSamples.push(`${a}->${b}: expected ${expected.join('/')}, got ${status}`)
    }
  } finally {
    busy.delete(pk)
  }
}

async function read (base: string, users: string[]): Promise<void> {
  stats.reads++
  const id = pick(users)
  const viewer = pick(users)
  const r = Math.random()
  if (r < 0.35) await call(base, 'GET', `/v1/users/${id}/followers?limit=50`, viewer)
  else if (r < 0.6) await call(base, 'GET', `/v1/users/${id}/following?limit=50`, viewer)
  else if (r < 0.75) await call(base, 'GET', `/v1/users/${id}/counts`, viewer)
  else if (r < 0.9) await call(base, 'GET', `/v1/users/${viewer}/relationships?ids=${Array.from({ length: 10 }, () => pick(users)).join(',')}`, viewer)
  else await call(base, 'GET', `/v1/users/${id}/friends?limit=20`, viewer)
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((x, y) => x - y)
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0
}

async function main (): Promise<void> {
  const instance = args.instance === 'bench' ? benchInstance : instances[args.instance ?? '']
  if (instance === undefined) throw new Error(`unknown instance ${String(args.instance)}`)
  const connection = await startLocalNeo4j(instance)
  const driver = driverFor(connection)
  const db = new Database(driver, 'neo4j')
  log('building the service')
  buildService(log)
  const service = await startService(connection, secret, Number(args.port))
  const base = service.url
  log(`service ${base} (pid ${service.pid}); ${userCount} users, ${rate} req/s, ${workers} workers, ${minutes} min; prefix ${prefix}`)
  try {
    const users = Array.from({ length: userCount }, (_, i) => `${prefix}${i}`)
    for (const id of users) {
      const res = await fetch(`${base}/v1/users/${id}`, { method: 'PUT', headers: { authorization: auth(id), 'content-type': 'application/json' }, body: JSON.stringify({ username: id.slice(-24) }) })
      if (res.status !== 201) throw new Error(`creating ${id}: ${res.status} ${await res.text()}`)
    }
    const rssSamples: Array<{ minute: number, rss: number }> = []
    const started = Date.now()
    const end = started + minutes * 60_000
    // RSS from /proc, and the V8 heap in use from the service's own /metrics (prom-client's default metrics).
    const heapSamples: Array<{ minute: number, used: number }> = []
    const sampler = setInterval(() => {
      const minute = (Date.now() - started) / 60_000
      rssSamples.push({ minute, rss: service.rss() })
      fetch(`${base}/metrics`).then(async r => await r.text()).then(text => {
        const used = /^nodejs_heap_size_used_bytes (\S+)$/m.exec(text)?.[1]
        if (used !== undefined) heapSamples.push({ minute, used: Number(used) })
      }).catch(() => undefined)
    }, 5_000)
    // A steady rate: each worker takes the next slot of a shared schedule (rate per second overall).
    let slot = 0
    const interval = 1000 / rate
    let lastReport = started
    await Promise.all(Array.from({ length: workers }, async () => {
      while (Date.now() < end) {
        // Slots missed while the service was slow are dropped, not made up in a burst: the load stays steady.
        if (started + slot * interval < Date.now() - 1_000) slot = Math.floor((Date.now() - started) / interval)
        const at = started + (slot++) * interval
        const wait = at - Date.now()
        if (wait > 0) await sleep(wait)
        if (Math.random() < 0.4) await write(base, users)
        else await read(base, users)
        if (Date.now() - lastReport > 60_000) {
          lastReport = Date.now()
          log(`${((Date.now() - started) / 60_000).toFixed(1)} min: ${stats.requests} requests, ${stats.errors5xx} 5xx, ${stats.unexpected} unexpected, RSS ${(service.rss() / 2 ** 20).toFixed(0)} MiB, model ${edges.size} edges`)
        }
      }
    }))
    clearInterval(sampler)
    const elapsed = (Date.now() - started) / 1000

    // The check: Neo4j's edges among this run's users against the model.
    const rows = await db.run<{ from: string, to: string, type: EdgeType, n: number }>(soakEdges, { prefix })
    const inDb = new Map(rows.map(r => [key(r.from, r.to, r.type), r.n]))
    const checkable = (k: string): boolean => { const [f = '', t = ''] = k.split('>'); return !uncertain.has(pairKey(f, t)) }
    const lost = [...edges].filter(k => checkable(k) && !inDb.has(k))
    const extra = [...inDb.keys()].filter(k => checkable(k) && !edges.has(k))
    const duplicated = [...inDb].filter(([k, n]) => checkable(k) && n > 1).map(([k]) => k)

    const firstMinute = rssSamples.filter(s => s.minute >= 1 && s.minute < 2).map(s => s.rss)
    const lastMinute = rssSamples.filter(s => s.minute >= Math.max(1, minutes - 1)).map(s => s.rss)
    const mib = (b: number): number => Math.round(b / 2 ** 20)
    const result = {
      at: new Date().toISOString(),
      minutes,
      users: userCount,
      targetRate: rate,
      requests: stats.requests,
      achievedRate: Math.round(stats.requests / elapsed),
      reads: stats.reads,
      writes: stats.writes,
      errors5xx: stats.errors5xx,
      networkErrors: stats.networkErrors,
      unexpectedStatuses: stats.unexpected,
      unexpectedSamples,
      byStatus: Object.fromEntries([...stats.byStatus].sort((x, y) => x[0] - y[0])),
      latencyMs: { p50: Math.round(pct(latencies, 0.5)), p99: Math.round(pct(latencies, 0.99)), max: Math.round(Math.max(...latencies)) },
      edgesChecked: edges.size + extra.length,
      edgesInModel: edges.size,
      edgesInNeo4j: rows.length,
      uncertainPairs: uncertain.size,
      lost: lost.length,
      duplicated: duplicated.length,
      extra: extra.length,
      rssMiB: {
        start: mib(rssSamples[0]?.rss ?? 0),
        afterWarmup: mib(firstMinute.length > 0 ? Math.max(...firstMinute) : 0),
        end: mib(service.rss()),
        lastMinuteMax: mib(lastMinute.length > 0 ? Math.max(...lastMinute) : 0),
        max: mib(Math.max(...rssSamples.map(s => s.rss)))
      },
      // RSS swings with garbage collection; the lowest sample of a minute is the floor a leak would raise.
      rssFloorMiB: {
        afterWarmup: mib(firstMinute.length > 0 ? Math.min(...firstMinute) : 0),
        lastMinute: mib(lastMinute.length > 0 ? Math.min(...lastMinute) : 0)
      },
      heapUsedFloorMiB: Object.fromEntries(Array.from({ length: Math.ceil(minutes) }, (_, m) => {
        const used = heapSamples.filter(h => h.minute >= m && h.minute < m + 1).map(h => h.used)
        return [`minute${m + 1}`, used.length > 0 ? mib(Math.min(...used)) : null]
      }))
    }
    mkdirSync(resultsDir, { recursive: true })
    const file = join(resultsDir, `soak-${result.at.replace(/[:.]/g, '-')}.json`)
    writeFileSync(file, JSON.stringify({ ...result, rssSamples: rssSamples.map(s => ({ minute: Number(s.minute.toFixed(2)), mib: mib(s.rss) })) }, null, 2))
    console.log(JSON.stringify(result, null, 2))
    const ok = result.errors5xx === 0 && result.networkErrors === 0 && lost.length === 0 && duplicated.length === 0 && extra.length === 0 && result.unexpectedStatuses === 0
    log(`${ok ? 'PASS' : 'FAIL'}: ${result.requests} requests, ${result.errors5xx} 5xx, ${lost.length} lost, ${duplicated.length} duplicated, ${extra.length} extra of ${result.edgesChecked} edges; RSS floor ${result.rssFloorMiB.afterWarmup} -> ${result.rssFloorMiB.lastMinute} MiB, peak ${result.rssMiB.max} MiB; heap floor by minute ${Object.values(result.heapUsedFloorMiB).join(' ')} MiB; ${file}`)
    if (!ok) process.exitCode = 1
  } finally {
    await service.stop()
    if (args.keep !== true) log(`removed ${await removeRunUsers(db, prefix)} soak users`)
    await driver.close()
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : String(err))
  process.exit(1)
})
