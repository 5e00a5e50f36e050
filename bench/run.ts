// npm run bench [-- --size S|M|L|XL] [--bulk-load] [--duration 10] [--connections 32] [--warmup 3] [--seed 1] [--single 3]
//                  [--only <parts of scenario names>,...] [--import-edges 200000] [--writers 2000] [--cpu-prof]
//                  [--overload-connections 1024] [--overload-seconds 30] [--skip-precompute]
// Loads (or reuses) a dataset on the bench Neo4j, starts the real server as a child process, drives every
// scenario over HTTP with autocannon, runs the same Cypher through neo4j-driver for the raw baseline, and
// prints one table with the ratios and the targets of issue 6. Results also go to bench/results/.
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { execSync } from 'node:child_process'
import { createSigner } from 'fast-jwt'
import type { Driver } from 'neo4j-driver'
import { packageRoot } from '../src/package-root.js'
import { readQuery } from '../src/queries/cypher.js'
import { recordChangesParams } from '../src/queries/changes.js'
import { defaultBatchSize } from '../src/importer.js'
import { defaultMaxInFlight } from '../src/config.js'
import type { Database } from '../src/database.js'
import { prng, type SeedStats } from '../scripts/lib/seed.js'
import { benchInstance, createRunUsers, ensureBlockList, ensureDataset, removeFromBlockList, removeRunUsers, sizes, type BlockListFixtures, type Dataset, type Size } from './dataset.js'
import { httpLoad, rawLoad, type HttpRequest, type Measure, type Statement } from './load.js'
import { blockListScenarios, pageLimit, readScenarios, type Fixtures, type ReadScenario } from './scenarios.js'
import { precomputeForBench, recommendationTargets, type PrecomputeRun } from './recommendations.js'
import { buildService, cpuSecondsOf, resultsDir, startService, withMaxRss, type Service } from './service.js'

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: 'S' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    warmup: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    port: { type: 'string', default: '38080' },
    only: { type: 'string' },
    'import-edges': { type: 'string', default: '200000' },
    writers: { type: 'string', default: '2000' },
    fans: { type: 'string', default: '60000' },
    'cpu-prof': { type: 'boolean', default: false },
    // Serve the suggestions and similar lists a previous run's precompute stored, instead of running it again.
    'skip-precompute': { type: 'boolean', default: false },
    // Load the dataset with the offline bulk load (always for XL) instead of Cypher batches.
    'bulk-load': { type: 'boolean', default: false },
    single: { type: 'string', default: '3' },
    'overload-connections': { type: 'string', default: '1024' },
    'overload-seconds': { type: 'string', default: '30' }
  }
})

const log = (line: string): void => { process.stderr.write(`[bench] ${line}\n`) }
const size = args.size as Size
if (!(size in sizes)) throw new Error(`--size must be one of ${Object.keys(sizes).join(', ')}`)
const duration = Number(args.duration)
const connections = Number(args.connections)
const warmup = Number(args.warmup)
const seed = Number(args.seed)
const importEdges = Number(args['import-edges'])
const writerCount = Number(args.writers)
/** Users made for the celebrity scenario: each follows the top celebrity once. */
const fanCount = Number(args.fans)
/** Seconds of an extra one-connection run per read (the latency of the work alone, without queueing); 0: none. */
const singleSeconds = Number(args.single)
/** The overload scenario: the followers page at this many connections, and at `connections`, this long each. */
const overloadConnections = Number(args['overload-connections'])
const overloadSeconds = Number(args['overload-seconds'])
const only = args.only?.split(',').map(s => s.trim().toLowerCase())
const wanted = (name: string): boolean => only === undefined || only.some(o => name.toLowerCase().includes(o))
const names = {
  follow: 'follow (new pairs)',
  celebrity: 'follow (all to the top celebrity)',
  unfollow: 'unfollow (the follows above)',
  block: 'block (new pairs)',
  export: 'export FOLLOWS (NDJSON stream)',
  import: `import ${importEdges.toLocaleString('en')} follows (NDJSON)`,
  addMember: 'block list: add a member, one connection',
  overload: `overload: followers page 1 at ${overloadConnections.toLocaleString('en')} connections`
}
/** Every user this run creates (writers, imported users) has an id starting with this; removed at the end. */
const runPrefix = `bench${Date.now().toString(36)}`

export interface Row {
  name: string
  group: ReadScenario['group'] | 'write' | 'stream'
  /** Why there is no measurement (route missing, ...). */
  na?: string
  service?: Measure
  raw?: Measure
  /** The service with one connection: latency without queueing. */
  single?: Measure
  /** Edges per second, for export/import. */
  edgesPerSecond?: number
  /** Import only: the raw driver running the import's own statements on rows of the same shape. */
  rawEdgesPerSecond?: number
  /** Import only: a plain UNWIND ... CREATE of the same edges (no checks, no feed). */
  floorEdgesPerSecond?: number
  maxRssMb?: number
  /** Overload only: the same request at `connections` (service is the overloaded run); 503s without Retry-After. */
  overload?: { base: Measure, withoutRetryAfter: number, bound: string }
  notes: string[]
}

const mb = (bytes: number): number => Math.round(bytes / 1048576)
const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

let neo4jPid = 0
let servicePid = 0

/**
 * Runs a load and adds the CPU each process spent per measured request (from /proc and process.cpuUsage,
 * snapshotted when the measured phase starts): on a shared 2-core machine this says where the work goes even
 * when wall-clock numbers are noisy.
 */
interface CpuNow { service: number, neo4j: number, client: number }

function cpuNow (): CpuNow {
  const self = process.cpuUsage()
  return { service: cpuSecondsOf(servicePid), neo4j: cpuSecondsOf(neo4jPid), client: (self.user + self.system) / 1e6 }
}

/** CPU seconds each process spent since `start`, as text per `per` units of work (e.g. per 1,000 edges). */
function cpuSince (start: CpuNow, units: number, unit: string): string {
  const end = cpuNow()
  const per = (a: number, b: number): string => ((b - a) * 1000 / units).toFixed(2)
  return `CPU ms per ${unit}: service ${per(start.service, end.service)}, Neo4j ${per(start.neo4j, end.neo4j)}, bench ${per(start.client, end.client)}`
}

async function withCpu (load: (onStart: () => void) => Promise<Measure>): Promise<Measure> {
  const now = cpuNow
  let start = now()
  const measure = await load(() => { start = now() })
  const end = now()
  const per = (a: number, b: number): number => measure.requests === 0 ? Number.NaN : (b - a) * 1000 / measure.requests
  return { ...measure, cpuMs: { service: per(start.service, end.service), neo4j: per(start.neo4j, end.neo4j), client: per(start.client, end.client) } }
}

/** A probe request: 'missing' when the route does not exist yet (404 ROUTE_NOT_FOUND). */
async function probe (service: Service, r: HttpRequest): Promise<{ status: number, body: string, missing: boolean }> {
  const res = await fetch(service.url + r.path, { method: r.method, headers: r.headers, ...(r.body !== undefined && { body: r.body }) })
  const body = await res.text()
  return { status: res.status, body, missing: res.status === 404 && body.includes('"ROUTE_NOT_FOUND"') }
}

async function main (): Promise<void> {
  const started = Date.now()
  const { driver, db, dataset, connection } = await ensureDataset(size, seed, log, args['bulk-load'])
  const { stats } = dataset
  const blockList = await ensureBlockList(db, stats, seed, log)
  log('building the service (tsc -p tsconfig.build.json)')
  buildService(log)
  const secret = randomBytes(32).toString('base64url')
  const service = await startService(connection, secret, Number(args.port), args['cpu-prof'] ? join(resultsDir, 'cpu') : undefined)
  const idleRssMb = mb(service.rss())
  servicePid = service.pid
  neo4jPid = Number(readFileSync(join(packageRoot, '.neo4j', benchInstance.name, 'neo4j.pid'), 'utf8'))
  log(`service up (pid ${service.pid}, RSS ${idleRssMb} MB)`)
  const sign = createSigner({ key: secret, algorithm: 'HS256', expiresIn: 6 * 3600 * 1000 })
  const serviceAuth = `Bearer ${sign({ scope: 'graph:read' })}`
  const adminAuth = `Bearer ${sign({ scope: 'graph:read graph:write graph:admin' })}`
  const rows: Row[] = []
  const conditions: string[] = []
  const [count] = await db.run<{ users: number }>(readQuery('bench/count-users'))
  if (count !== undefined && count.users !== stats.users) {
    conditions.push(`the bench instance holds ${count.users.toLocaleString('en')} users, not the dataset's ${stats.users.toLocaleString('en')}: another tool is using it`)
    log(`WARNING: ${conditions.at(-1)!}`)
  }
  const precompute: PrecomputeRun | undefined = !args['skip-precompute'] && ['suggestions', 'similar'].some(wanted) ? await precomputeForBench(db, neo4jPid, log) : undefined
  await settle(log)
  try {
    const fixtures = await findFixtures(service, serviceAuth, stats, db)
    const reads = [...readScenarios(fixtures, serviceAuth, id => `Bearer ${sign({ sub: id, scope: 'graph:read' })}`), ...blockListScenarios(blockList, serviceAuth)]
      .filter(s => wanted(s.name))
    await warmReads(service, driver, reads)
    for (const s of reads) rows.push(await runRead(service, driver, s))
    if (fixtures.deep === undefined) rows.push({ name: 'followers page 90% deep', group: 'page', na: 'n/a (followers route missing)', notes: [] })
    if (wanted(names.overload)) rows.push(await runOverload(service, readScenarios(fixtures, serviceAuth, () => serviceAuth)[0]!))
    rows.push(...await runWrites(service, db, sign, stats))
    if (wanted(names.addMember)) rows.push(await runAddMember(service, db, sign, blockList))
    if (wanted(names.export)) rows.push(await runExport(service, adminAuth))
    if (wanted(names.import)) rows.push(await runImport(service, adminAuth, stats, driver, db))
  } catch (err) {
    // The report still shows every scenario measured before the failure.
    conditions.push(`the run stopped early: ${String(err)}`)
    log(`FAILED: ${String(err)}`)
    process.exitCode = 1
  } finally {
    await service.stop()
    log('removing the run\'s own users and edges')
    await removeRunUsers(db, runPrefix).catch((err: unknown) => { log(`clean-up failed: ${String(err)}`) })
    await driver.close()
  }
  const pauses = neo4jPauses(started)
  if (pauses.count > 0) conditions.push(`Neo4j logged ${pauses.count} stop-the-world pauses during the run (longest ${pauses.maxMs} ms, ${(pauses.totalMs / 1000).toFixed(1)} s in all)`)
  const report = render(rows, dataset, idleRssMb, (Date.now() - started) / 1000, conditions, precompute)
  process.stdout.write(report + '\n')
  mkdirSync(resultsDir, { recursive: true })
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  writeFileSync(join(resultsDir, `bench-${size}-${stamp}.md`), report + '\n')
  writeFileSync(join(resultsDir, `bench-${size}-${stamp}.json`), JSON.stringify({ args, dataset, rows, idleRssMb }, null, 2))
  log(`written to bench/results/bench-${size}-${stamp}.{md,json}`)
}

/**
 * Waits (up to 90 s) until Neo4j's own CPU use falls under a third of a core over 2 s: after a load it checkpoints
 * and samples indexes for a while, and that work would otherwise be charged to the first scenarios.
 */
async function settle (log: (line: string) => void): Promise<void> {
  const deadline = Date.now() + 90_000
  for (;;) {
    const before = cpuSecondsOf(neo4jPid)
    await sleep(2000)
    const cores = (cpuSecondsOf(neo4jPid) - before) / 2
    if (cores < 0.33 || Date.now() > deadline) {
      log(`Neo4j at ${cores.toFixed(2)} cores before measuring`)
      return
    }
  }
}

/** Neo4j's own record of JVM pauses (VmPauseMonitor lines of debug.log) since `since` (epoch ms). */
function neo4jPauses (since: number): { count: number, maxMs: number, totalMs: number } {
  const result = { count: 0, maxMs: 0, totalMs: 0 }
  let text = ''
  try {
    text = readFileSync(join(packageRoot, '.neo4j', benchInstance.name, 'logs', 'debug.log'), 'utf8')
  } catch {
    return result
  }
  for (const m of text.matchAll(/^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})\+0000 WARN .*stop-the-world pause: \{pauseTime=(\d+)/gm)) {
    if (Date.parse(`${m[1]!.replace(' ', 'T')}Z`) < since) continue
    const ms = Number(m[2])
    result.count++
    result.totalMs += ms
    result.maxMs = Math.max(result.maxMs, ms)
  }
  return result
}

/** The accounts the scenarios use, and the deep cursor: walks the celebrity's followers 1,000 at a time. */
async function findFixtures (service: Service, auth: string, stats: SeedStats, db: Database): Promise<Fixtures> {
  const celebrity = stats.celebrities[0]!
  const heavy = stats.samples.thousandFollowing
  const normal = stats.samples.tenFollowers ?? heavy
  const headers = { authorization: auth }
  let deep: Fixtures['deep']
  const target = Math.floor(celebrity.followers * 0.9)
  let seen = 0
  let cursor: string | null = null
  const walkStarted = Date.now()
  for (;;) {
    const page = await probe(service, { method: 'GET', path: `/v1/users/${celebrity.id}/followers?limit=1000${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`, headers })
    if (page.status !== 200) {
      log(`followers walk: ${page.status} ${page.body.slice(0, 200)}`)
      break
    }
    const body = JSON.parse(page.body) as { items: Array<{ id: string, since: string }>, nextCursor: string | null }
    seen += body.items.length
    cursor = body.nextCursor
    const last = body.items.at(-1)
    if (cursor === null || last === undefined) {
      log(`followers walk ended at ${seen} of ${celebrity.followers} before 90%`)
      break
    }
    if (seen + 1000 > target) {
      deep = { cursor, start: { since: last.since, after: last.id } }
      log(`deep cursor: after ${seen.toLocaleString('en')} of ${celebrity.followers.toLocaleString('en')} followers (walk ${Date.now() - walkStarted} ms)`)
      break
    }
  }
  // 100 ids: half of them users `heavy` follows (from its following list when the route exists), the rest
  // random dataset users, and two that do not exist.
  const ids = new Set<string>()
  const following = await probe(service, { method: 'GET', path: `/v1/users/${heavy}/following?limit=49`, headers })
  if (following.status === 200) for (const item of (JSON.parse(following.body) as { items: Array<{ id: string }> }).items) ids.add(item.id)
  ids.add(`${stats.prefix}missing-1`)
  ids.add(`${stats.prefix}missing-2`)
  const rand = prng(seed + 1)
  while (ids.size < 100) ids.add(`${stats.prefix}${Math.floor(rand() * stats.users)}`)
  return {
    celebrity: celebrity.id, normal, heavy, deep, relationshipIds: [...ids]
  }
}

/**
 * Every read scenario once, service and raw driver, `warmup` seconds each, before any is measured: a Neo4j
 * started for the run compiles each statement's plan and its JVM warms up on the first scenarios, which were
 * otherwise measured cold (the first scenario of a run once cost Neo4j 3.85 ms per request through the
 * service and 1.70 ms run raw right after it).
 */
async function warmReads (service: Service, driver: Driver, reads: ReadScenario[]): Promise<void> {
  if (reads.length > 0) log(`warming up: ${reads.length} read scenarios, ${warmup} s each through the service and raw`)
  for (const s of reads) {
    await httpLoad({ url: service.url, connections, duration: warmup, warmup: 1, request: s.request, ok: () => true })
    if (s.raw !== undefined) await rawLoad(driver, s.raw, connections, warmup, 0, 'READ')
  }
}

async function runRead (service: Service, driver: Driver, s: ReadScenario): Promise<Row> {
  const row: Row = { name: s.name, group: s.group, notes: [] }
  const p = await probe(service, s.request)
  if (p.missing) return { ...row, na: 'n/a (route missing)' }
  if (p.status !== 200) row.notes.push(`probe answered ${p.status}: ${p.body.slice(0, 120)}`)
  log(`${s.name}: service`)
  const { value, maxRss } = await withMaxRss(service.rss, async () => await withCpu(async onStart =>
    await httpLoad({ url: service.url, connections, duration, warmup, request: s.request, ok: status => status === 200, onStart })))
  row.service = value
  row.maxRssMb = mb(maxRss)
  if (singleSeconds > 0) {
    row.single = await withCpu(async onStart => await httpLoad({ url: service.url, connections: 1, duration: singleSeconds, warmup: 1, request: s.request, ok: status => status === 200, onStart }))
  }
  if (s.group === 'recommendations') {
    // Its latency target is checked below saturation too: 4 connections (a few pipeline workers).
    const four = await httpLoad({ url: service.url, connections: 4, duration, warmup, request: s.request, ok: status => status === 200 })
    row.notes.push(`at 4 connections: ${fmt(four.rps, 0)} req/s, p50 ${fmt(four.p50, 2)} ms, p99 ${fmt(four.p99, 2)} ms, ${four.errors} errors`)
  }
  if (s.raw === undefined) {
    row.notes.push('raw baseline n/a (statement not available)')
  } else {
    log(`${s.name}: raw driver`)
    const raw = s.raw
    row.raw = await withCpu(async onStart => await rawLoad(driver, raw, connections, duration, warmup, 'READ', onStart))
    if (singleSeconds > 0 && row.single?.cpuMs !== undefined) {
      // The same accounting at one connection, where nothing queues and the load generator is nearly idle: what
      // the service adds to the work itself, apart from what saturating two cores adds to everything.
      const one = await withCpu(async onStart => await rawLoad(driver, raw, 1, singleSeconds, 1, 'READ', onStart))
      // For reference: the same statements in managed transactions (BEGIN and COMMIT around a lone statement too).
      const managed = await withCpu(async onStart => await rawLoad(driver, raw, 1, singleSeconds, 1, 'READ', onStart, true))
      const svc = row.single.cpuMs
      row.notes.push(`one connection, CPU ms per request: service ${fmt(svc.service, 2)} + Neo4j ${fmt(svc.neo4j, 2)}; ` +
        `raw loop ${fmt(one.cpuMs?.client, 2)} + Neo4j ${fmt(one.cpuMs?.neo4j, 2)}; service - raw loop ${fmt(svc.service - (one.cpuMs?.client ?? Number.NaN), 2)}; ` +
        `raw loop in managed transactions ${fmt(managed.cpuMs?.client, 2)} + Neo4j ${fmt(managed.cpuMs?.neo4j, 2)}`)
    }
  }
  return row
}

/**
 * Shedding (issue 22): the followers page at `connections`, then at overloadConnections, overloadSeconds each.
 * Past MAX_IN_FLIGHT the service answers 503 OVERLOADED: the answered requests should keep the throughput and
 * about the latency of the unloaded run, and the shed ones be refused fast, each with Retry-After.
 */
async function runOverload (service: Service, s: ReadScenario): Promise<Row> {
  const row: Row = { name: names.overload, group: 'other', notes: [] }
  // Counted over warm-up and measured phase alike (onStatus sees both): any at all misses the target.
  let withoutRetryAfter = 0
  const load = async (conns: number): Promise<Measure> => await withCpu(async onStart => await httpLoad({
    url: service.url, connections: conns, duration: overloadSeconds, warmup, request: s.request, onStart,
    ok: status => status === 200 || status === 503,
    onStatus: (status, headers) => { if (status === 503 && headers['retry-after'] === undefined) withoutRetryAfter++ }
  }))
  log(`${names.overload}: ${connections} connections first`)
  const base = await load(connections)
  log(`${names.overload}: ${overloadConnections} connections`)
  row.service = await load(overloadConnections)
  row.overload = { base, withoutRetryAfter, bound: process.env.MAX_IN_FLIGHT ?? `${defaultMaxInFlight} (default)` }
  return row
}

/** The overload targets (issue 22), from the row runOverload made. */
function overloadTargets (rows: Row[], verdict: (ok: boolean | undefined) => string): string[] {
  const r = rows.find(x => x.overload !== undefined)
  if (r?.overload === undefined || r.service === undefined) return []
  const { base, withoutRetryAfter, bound } = r.overload
  const over = r.service
  const answered = (m: Measure): number => (m.statuses['200'] ?? 0) / m.seconds
  const shed = over.statuses['503'] ?? 0
  const throughput = ratio(answered(over), answered(base))
  const p99 = ratio(over.byStatus?.['200']?.p99, base.byStatus?.['200']?.p99)
  const shedLatency = over.byStatus?.['503']
  const others = Object.entries(over.statuses).filter(([status]) => status !== '200' && status !== '503')
  return [
    '',
    `Targets (overload, issue 22; followers page 1, MAX_IN_FLIGHT ${bound}, ${overloadSeconds} s each):`,
    `- answered throughput at ${overloadConnections} connections >= 0.9 of ${connections}: ${verdict(throughput === undefined ? undefined : throughput >= 0.9)} ` +
      `(${fmt(throughput, 2)}: ${fmt(answered(over), 0)} / ${fmt(answered(base), 0)} answered/s)`,
    `- p99 of the answered <= 3x the ${connections}-connection p99: ${verdict(p99 === undefined ? undefined : p99 <= 3)} ` +
      `(${fmt(p99, 2)}x: ${fmt(over.byStatus?.['200']?.p99, 1)} / ${fmt(base.byStatus?.['200']?.p99, 1)} ms; p50 ${fmt(over.byStatus?.['200']?.p50, 1)} / ${fmt(base.byStatus?.['200']?.p50, 1)} ms)`,
    `- the rest 503 with Retry-After within 50 ms: ${verdict(shedLatency === undefined ? undefined : shedLatency.p99 <= 50 && withoutRetryAfter === 0)} ` +
      `(${fmt(100 * shed / over.requests, 1)}% of ${over.requests.toLocaleString('en')} answers shed; p50 ${fmt(shedLatency?.p50, 2)} ms, p99 ${fmt(shedLatency?.p99, 2)} ms, ` +
      `max ${fmt(shedLatency?.max, 1)} ms; ${withoutRetryAfter.toLocaleString('en')} without Retry-After)` +
      (others.length > 0 || over.errors > 0 ? `; other answers: ${others.map(([st, n]) => `${n} x ${st}`).join(', ') || 'none'}, ${over.errors} errors or timeouts` : ''),
    `- CPU ms per answer (service + Neo4j + load): ${connections} connections ${fmt(base.cpuMs?.service, 2)} + ${fmt(base.cpuMs?.neo4j, 2)} + ${fmt(base.cpuMs?.client, 2)}, ` +
      `${overloadConnections} connections ${fmt(over.cpuMs?.service, 2)} + ${fmt(over.cpuMs?.neo4j, 2)} + ${fmt(over.cpuMs?.client, 2)} (a shed answer included)`
  ]
}

type Signer = (payload: Record<string, unknown>) => string

const writeStatements = {
  lock: readQuery('writes/lock-users').text,
  follow: readQuery('writes/follow').text,
  changes: readQuery('changes/record-changes').text,
  plain: readQuery('bench/create-follows-plain').text
}

/** One follow as the write path applies a batch of one: lock both users, the rules and the edge, the change. */
function oneOpTransaction (id: string, target: string): Statement[] {
  const op = { i: 0, id, target, since: null, until: null, establish: false, keepExisting: false }
  return [
    { text: writeStatements.lock, params: { ids: [id, target].sort() } },
    { text: writeStatements.follow, params: { ops: [op] } },
    { text: writeStatements.changes, params: recordChangesParams(randomUUID(), [{ type: 'follow', actor: id, target }]) }
  ]
}

/**
 * Follows that all go to one account: `fanCount` new users (created unmeasured) each follow the top celebrity
 * once, 32 at a time. Without batching, its node lock would serialise them one transaction at a time; with
 * group commit a batch takes it once for all its ops. Checked afterwards: one edge per fan, no duplicates.
 */
async function runCelebrityFollows (service: Service, db: Database, sign: Signer, stats: SeedStats): Promise<Row> {
  const row: Row = { name: names.celebrity, group: 'write', notes: [] }
  const prefix = `${runPrefix}f`
  const fans = await createRunUsers(db, prefix, fanCount)
  const celebrity = stats.celebrities[0]!.id
  let next = 0
  let created = 0
  const follow = (): HttpRequest => {
    const fan = fans[next++ % fans.length]!
    return { method: 'PUT', path: `/v1/users/${fan}/following/${celebrity}`, headers: { authorization: `Bearer ${sign({ sub: fan, scope: 'graph:read graph:write' })}` } }
  }
  await settle(log)
  log(names.celebrity)
  const { value, maxRss } = await withMaxRss(service.rss, async () => await withCpu(async onStart => await httpLoad({
    url: service.url, connections, duration, warmup, request: follow, ok: s => s === 201, onStatus: s => { if (s === 201) created++ }, onStart
  })))
  Object.assign(row, { service: value, maxRssMb: mb(maxRss) })
  const [check] = await db.run<{ pairs: number, edges: number, duplicated: number }>(readQuery('bench/writer-follow-pairs'), { prefix })
  row.notes.push(`${next} follows of ${celebrity} sent (warm-up included, ${fanCount.toLocaleString('en')} fans), ${created} 201 answers seen; FOLLOWS edges from the fans: ${check?.edges}, pairs with more than one: ${check?.duplicated}`)
  if (next > fans.length) row.notes.push('MISMATCH: more requests than fans (raise --fans): later requests re-followed')
  if (check === undefined || check.duplicated !== 0 || check.edges < created) row.notes.push('MISMATCH: duplicated pairs, or fewer edges than 201 answers')
  // The same requests one at a time: the latency of a follow alone (natural batching adds no wait when idle).
  if (singleSeconds > 0) {
    log(`${names.celebrity}: one connection`)
    row.single = await httpLoad({ url: service.url, connections: 1, duration: singleSeconds, warmup: 1, request: follow, ok: s => s === 201 })
  }
  return row
}

/**
 * follow, unfollow, block on pairs that are new to the graph: the run's own writer users (created unmeasured)
 * act on dataset users (95% uniform among ordinary users, 5% celebrities), never the same pair twice.
 */
async function runWrites (service: Service, db: Database, sign: Signer, stats: SeedStats): Promise<Row[]> {
  const rows: Row[] = []
  if (![names.follow, names.unfollow, names.block].some(wanted)) return rows
  const prefix = `${runPrefix}w`
  const writers = await createRunUsers(db, prefix, writerCount)
  const tokens = new Map<string, string>()
  const auth = (id: string): string => {
    let t = tokens.get(id)
    if (t === undefined) tokens.set(id, t = `Bearer ${sign({ sub: id, scope: 'graph:read graph:write' })}`)
    return t
  }
  const rand = prng(seed + 2)
  const c = stats.celebrities.length
  const used = writers.map(() => new Set<number>())
  let k = 0
  const nextPair = (): [string, string] => {
    const w = k++ % writers.length
    for (;;) {
      const t = rand() < 0.05 ? Math.floor(rand() * c) : c + Math.floor(rand() * (stats.users - c))
      if (!used[w]!.has(t)) {
        used[w]!.add(t)
        return [writers[w]!, `${stats.prefix}${t}`]
      }
    }
  }
  const pairCheck = readQuery('bench/writer-follow-pairs')
  const blockCheck = readQuery('bench/writer-block-pairs')

  const followed: Array<[string, string]> = []
  let created = 0
  const follow = (): HttpRequest => {
    const [a, b] = nextPair()
    followed.push([a, b])
    return { method: 'PUT', path: `/v1/users/${a}/following/${b}`, headers: { authorization: auth(a) } }
  }
  const followRow: Row = { name: names.follow, group: 'write', notes: [] }
  const first = follow()
  const p = await probe(service, first)
  if (p.missing) {
    rows.push({ ...followRow, na: 'n/a (route missing)' }, { name: names.unfollow, group: 'write', na: 'n/a (route missing)', notes: [] })
  } else {
    if (p.status === 201) created++
    log('follow')
    const { value, maxRss } = await withMaxRss(service.rss, async () => await withCpu(async onStart => await httpLoad({
      url: service.url, connections, duration, warmup, request: follow, ok: s => s === 201, onStatus: s => { if (s === 201) created++ }, onStart
    })))
    Object.assign(followRow, { service: value, maxRssMb: mb(maxRss) })
    const [check] = await db.run<{ pairs: number, edges: number, duplicated: number }>(pairCheck, { prefix })
    // Requests still in flight when a phase ends are cut off by autocannon but completed by the service:
    // their edges exist without a 201 seen here, so edges lie between the 201s seen and the pairs sent.
    followRow.notes.push(`${followed.length} pairs sent (warm-up included), ${created} 201 answers seen; FOLLOWS edges from the writers: ${check?.edges}, pairs with more than one: ${check?.duplicated}`)
    if (check === undefined || check.duplicated !== 0 || check.edges < created || check.edges > followed.length) followRow.notes.push('MISMATCH: duplicated pairs, or edges outside [201 answers, pairs sent]')
    // One connection: the latency of a follow alone (natural batching adds no wait when idle).
    if (singleSeconds > 0) {
      log('follow: one connection')
      followRow.single = await httpLoad({ url: service.url, connections: 1, duration: singleSeconds, warmup: 1, request: follow, ok: s => s === 201 })
    }
    rows.push(followRow)

    if (wanted(names.unfollow)) {
      let i = 0
      const unfollow = (): HttpRequest => {
        const [a, b] = followed[i++ % followed.length]!
        return { method: 'DELETE', path: `/v1/users/${a}/following/${b}`, headers: { authorization: auth(a) } }
      }
      log('unfollow')
      const measured = await withMaxRss(service.rss, async () => await withCpu(async onStart => await httpLoad({
        url: service.url, connections, duration, warmup, amount: followed.length, request: unfollow, ok: s => s === 204, onStart
      })))
      const [after] = await db.run<{ edges: number }>(pairCheck, { prefix })
      rows.push({
        name: names.unfollow,
        group: 'write',
        service: measured.value,
        maxRssMb: mb(measured.maxRss),
        notes: [`${followed.length} unfollows of existing edges (no warm-up: the follow run warmed up); FOLLOWS edges left from the writers: ${after?.edges}`]
      })
    }
    // Raw baseline of the same write, after unfollow so that its check saw only the service's edges: the
    // write path's statements for one op in its own write transaction (lock-users, writes/follow, the change),
    // on new pairs: what a client of the driver doing one follow per transaction gets.
    const rawFollow = (): Statement[][] => {
      const [id, target] = nextPair()
      return [oneOpTransaction(id, target)]
    }
    log('follow: raw driver')
    const before = (await db.run<{ edges: number }>(pairCheck, { prefix }))[0]?.edges ?? 0
    followRow.raw = await withCpu(async onStart => await rawLoad(db.driver, rawFollow, connections, duration, warmup, 'WRITE', onStart))
    const [rawCheck] = await db.run<{ edges: number, duplicated: number }>(pairCheck, { prefix })
    followRow.notes.push(`raw driver: ${(rawCheck?.edges ?? 0) - before} FOLLOWS edges created, pairs with more than one: ${rawCheck?.duplicated}`)
  }

  if (wanted(names.celebrity)) rows.push(await runCelebrityFollows(service, db, sign, stats))

  if (wanted(names.block)) {
    let blocked = 0
    let issued = 0
    const block = (): HttpRequest => {
      const [a, b] = nextPair()
      issued++
      return { method: 'PUT', path: `/v1/users/${a}/blocks/${b}`, headers: { authorization: auth(a) } }
    }
    const firstBlock = block()
    const bp = await probe(service, firstBlock)
    if (bp.missing) {
      rows.push({ name: names.block, group: 'write', na: 'n/a (route missing)', notes: [] })
    } else {
      if (bp.status === 201) blocked++
      log('block')
      const { value, maxRss } = await withMaxRss(service.rss, async () => await withCpu(async onStart => await httpLoad({
        url: service.url, connections, duration, warmup, request: block, ok: s => s === 201, onStatus: s => { if (s === 201) blocked++ }, onStart
      })))
      const [check] = await db.run<{ edges: number, duplicated: number, followsBeside: number }>(blockCheck, { prefix })
      rows.push({
        name: names.block,
        group: 'write',
        service: value,
        maxRssMb: mb(maxRss),
        notes: [`${issued} block requests (warm-up included), ${blocked} answered 201; BLOCKS edges: ${check?.edges}, duplicated pairs: ${check?.duplicated}, FOLLOWS beside: ${check?.followsBeside}`]
      })
    }
  }
  return rows
}

/**
 * Adding a member to the block list (10,000 subscribers at M) at one connection: each request a new member, an
 * ordinary user with its own follows, so the write reads the member's own edges (and checks each other end's
 * subscription), never the list's subscribers. The members are taken off the list afterwards (the dataset stays
 * as built). No raw baseline: the write path's statements for one list op are several round trips.
 */
async function runAddMember (service: Service, db: Database, sign: Signer, f: BlockListFixtures): Promise<Row> {
  const row: Row = { name: names.addMember, group: 'write', notes: [] }
  const headers = { authorization: `Bearer ${sign({ sub: f.owner, scope: 'graph:read graph:write' })}` }
  const added: string[] = []
  let created = 0
  const add = (): HttpRequest => {
    const member = f.candidates[added.length % f.candidates.length]!
    added.push(member)
    return { method: 'PUT', path: `/v1/users/${f.owner}/lists/${f.list}/members/${member}`, headers }
  }
  await settle(log)
  log(names.addMember)
  try {
    row.service = await withCpu(async onStart => await httpLoad({
      url: service.url, connections: 1, duration, warmup: 1, request: add, ok: s => s === 201, onStatus: s => { if (s === 201) created++ }, onStart
    }))
  } finally {
    await removeFromBlockList(db, f, [...new Set(added)])
  }
  row.notes.push(`${added.length} new members of a list with ${f.subscribers.toLocaleString('en')} subscribers (warm-up included), ${created} answered 201; taken off the list afterwards`)
  if (added.length > f.candidates.length) row.notes.push('MISMATCH: more requests than candidates: later requests re-added members')
  return row
}

/** GET /v1/export/edges?type=FOLLOWS read to the end: edges/s, and the service's RSS at 100k edges and at the end. */
async function runExport (service: Service, auth: string): Promise<Row> {
  const row: Row = { name: names.export, group: 'stream', notes: [] }
  const res = await fetch(`${service.url}/v1/export/edges?type=FOLLOWS`, { headers: { authorization: auth } })
  if (res.status === 404 && (await res.clone().text()).includes('ROUTE_NOT_FOUND')) return { ...row, na: 'n/a (route missing)' }
  if (res.status !== 200 || res.body === null) return { ...row, na: `n/a (answered ${res.status})` }
  log('export')
  const cpuStart = cpuNow()
  const { value, maxRss } = await withMaxRss(service.rss, async () => {
    const t0 = performance.now()
    let lines = 0
    let at100k = 0
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++
      if (at100k === 0 && lines >= 100_000) at100k = service.rss()
    }
    return { lines, seconds: (performance.now() - t0) / 1000, at100k, atEnd: service.rss() }
  })
  row.edgesPerSecond = value.lines / value.seconds
  row.maxRssMb = mb(maxRss)
  row.notes.push(`${value.lines.toLocaleString('en')} edges in ${value.seconds.toFixed(1)} s; service RSS ${mb(value.at100k)} MB at 100k edges, ${mb(value.atEnd)} MB at the end; ${cpuSince(cpuStart, value.lines / 1000, '1,000 edges')}`)
  return row
}

/** `importEdges` follows from `importers` new users (ids prefix0..) to random dataset users, 100 each. */
function importRows (prefix: string, stats: SeedStats, salt: number): Array<{ from: string, to: string }> {
  const rand = prng(seed + salt)
  const rows: Array<{ from: string, to: string }> = []
  for (let i = 0; rows.length < importEdges; i++) {
    const targets = new Set<number>()
    while (targets.size < Math.min(100, importEdges - rows.length)) targets.add(Math.floor(rand() * stats.users))
    for (const t of targets) rows.push({ from: `${prefix}${i}`, to: `${stats.prefix}${t}` })
  }
  return rows
}

/**
 * The raw driver applying `rows` in the importer's batches (defaultBatchSize), two transactions at once as it
 * does: either the write path's statements (lock-users, writes/follow with the import's parameters, then the
 * batch's change-feed node), or the plain CREATE floor. Edges/s.
 */
async function rawImport (driver: Driver, rows: Array<{ from: string, to: string }>, kind: 'import' | 'plain'): Promise<number> {
  const batches: Array<Array<{ line: number, from: string, to: string, since: null }>> = []
  for (let i = 0; i < rows.length; i += defaultBatchSize) batches.push(rows.slice(i, i + defaultBatchSize).map((r, k) => ({ line: i + k + 1, ...r, since: null })))
  let next = 0
  const t0 = performance.now()
  await Promise.all([0, 1].map(async () => {
    const session = driver.session()
    try {
      while (next < batches.length) {
        const batch = batches[next++]!
        await session.executeWrite(async tx => {
          if (kind === 'plain') return await tx.run(writeStatements.plain, { rows: batch })
          await tx.run(writeStatements.lock, { ids: [...new Set(batch.flatMap(r => [r.from, r.to]))].sort() })
          const ops = batch.map((r, i) => ({ i, id: r.from, target: r.to, since: null, until: null, establish: true, keepExisting: true }))
          const result = await tx.run(writeStatements.follow, { ops })
          const created = result.records.filter(r => r.get('outcome') === 'FOLLOW').map(r => batch[r.get('i') as number]!)
          return await tx.run(writeStatements.changes, recordChangesParams(randomUUID(), created.map(r => ({ type: 'follow' as const, actor: r.from, target: r.to }))))
        })
      }
    } finally {
      await session.close()
    }
  }))
  return rows.length / ((performance.now() - t0) / 1000)
}

/**
 * POST /v1/import of new users and `importEdges` follows from them to dataset users: edges/s. Beside it, on
 * other new users: the raw driver running the import's statements on the same shape of rows, and the plain
 * CREATE floor.
 */
async function runImport (service: Service, auth: string, stats: SeedStats, driver: Driver, db: Database): Promise<Row> {
  const row: Row = { name: names.import, group: 'stream', notes: [] }
  const prefix = `${runPrefix}i`
  const follows = importRows(prefix, stats, 3)
  const importers = Number(follows.at(-1)!.from.slice(prefix.length)) + 1
  const lines: string[] = []
  for (let i = 0; i < importers; i++) lines.push(JSON.stringify({ user: { id: `${prefix}${i}`, username: `${prefix}${i}` } }))
  for (const f of follows) lines.push(JSON.stringify({ follow: f }))
  const body = lines.join('\n') + '\n'
  const tiny = await fetch(`${service.url}/v1/import`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/x-ndjson' }, body: '\n' })
  if (tiny.status === 404 && (await tiny.text()).includes('ROUTE_NOT_FOUND')) return { ...row, na: 'n/a (route missing)' }
  log('import')
  const cpuStart = cpuNow()
  const { value, maxRss } = await withMaxRss(service.rss, async () => {
    const t0 = performance.now()
    const res = await fetch(`${service.url}/v1/import`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/x-ndjson' }, body })
    const text = await res.text()
    return { status: res.status, text, seconds: (performance.now() - t0) / 1000 }
  })
  row.maxRssMb = mb(maxRss)
  if (value.status !== 200) return { ...row, na: `n/a (answered ${value.status}: ${value.text.slice(0, 120)})` }
  const summary = JSON.parse(value.text) as { users: number, follows: number, rejected: unknown[] }
  row.edgesPerSecond = summary.follows / value.seconds
  row.notes.push(`${importers.toLocaleString('en')} users + ${importEdges.toLocaleString('en')} follows (${(body.length / 1048576).toFixed(1)} MB) in ${value.seconds.toFixed(1)} s: applied ${summary.users} users, ${summary.follows} follows, ${summary.rejected.length} rejected; ${cpuSince(cpuStart, importEdges / 1000, '1,000 edges')}`)

  log('import baselines: raw driver with the import\'s statements, then plain CREATE')
  const rawPrefix = `${runPrefix}j`
  const plainPrefix = `${runPrefix}k`
  await createRunUsers(db, rawPrefix, importers)
  await createRunUsers(db, plainPrefix, importers)
  await settle(log)
  row.rawEdgesPerSecond = await rawImport(driver, importRows(rawPrefix, stats, 3), 'import')
  await settle(log)
  const plain = await rawImport(driver, importRows(plainPrefix, stats, 3), 'plain')
  row.floorEdgesPerSecond = plain
  row.notes.push(`raw driver, the same statements (lock-users + writes/follow + record-changes, batches of ${defaultBatchSize.toLocaleString('en')}, two at a time): ${fmt(row.rawEdgesPerSecond, 0)} edges/s; ` +
    `plain CREATE of the same edges (no checks, no change feed, same indexes; create-follows-plain.cypher): ${fmt(plain, 0)} edges/s`)
  return row
}

const fmt = (n: number | undefined, digits = 1): string => n === undefined || Number.isNaN(n) ? '-' : n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits })
const ratio = (a: number | undefined, b: number | undefined): number | undefined => a === undefined || b === undefined || b === 0 ? undefined : a / b

function render (rows: Row[], dataset: Dataset, idleRssMb: number, seconds: number, conditions: string[], precompute: PrecomputeRun | undefined): string {
  const out: string[] = []
  let commit = 'unknown'
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim()
    if (execSync('git status --porcelain -- src cypher', { encoding: 'utf8' }).trim() !== '') commit += ' (working tree has uncommitted changes in src/ or cypher/)'
  } catch { /* not a git checkout */ }
  const { stats } = dataset
  out.push(`Size ${dataset.size}: ${stats.users.toLocaleString('en')} users, ${stats.follows.toLocaleString('en')} follows, ${stats.blocks.toLocaleString('en')} blocks, seed ${dataset.seed}; ` +
    `top celebrity ${stats.celebrities[0]!.id} with ${stats.celebrities[0]!.followers.toLocaleString('en')} followers; dataset ${dataset.reused ? 'reused' : `loaded in ${dataset.loadSeconds.toFixed(1)} s`}` +
    (dataset.loader === undefined ? '' : ` (${dataset.loader}${dataset.bulkLoadSeconds === undefined ? '' : `: ${JSON.stringify(dataset.bulkLoadSeconds)} s`})`) +
    (dataset.storeBytes === undefined ? '' : `; store and indexes ${(dataset.storeBytes / 2 ** 30).toFixed(2)} GiB against a page cache of ${benchInstance.pagecache}`))
  out.push(`Load: ${connections} connections, ${warmup} s warm-up, ${duration} s measured per scenario; commit ${commit}; ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB; ` +
    `Neo4j heap ${benchInstance.heap}, page cache ${benchInstance.pagecache}; service idle RSS ${idleRssMb} MB; total ${Math.round(seconds)} s`)
  for (const c of conditions) out.push(`WARNING: ${c}`)
  out.push('')
  out.push('| scenario | req/s | p50 ms | p99 ms | errors | max RSS MB | raw req/s | raw p50 | raw p99 | svc/raw req/s | p50 ratio | p99 ratio | 1 conn p50/p99 | CPU ms/req svc+neo4j+load | raw CPU ms/req neo4j+loop |')
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
  for (const r of rows) {
    if (r.na !== undefined) {
      out.push(`| ${r.name} | ${r.na} | | | | | | | | | | | | | |`)
      continue
    }
    const s = r.service
    const w = r.raw
    const rate = r.edgesPerSecond !== undefined ? `${fmt(r.edgesPerSecond, 0)} edges/s` : fmt(s?.rps, 0)
    const rawRate = r.rawEdgesPerSecond !== undefined ? `${fmt(r.rawEdgesPerSecond, 0)} edges/s` : fmt(w?.rps, 0)
    const rateRatio = r.rawEdgesPerSecond !== undefined ? ratio(r.edgesPerSecond, r.rawEdgesPerSecond) : ratio(s?.rps, w?.rps)
    out.push(`| ${r.name} | ${rate} | ${fmt(s?.p50, 2)} | ${fmt(s?.p99, 2)} | ${s?.errors ?? '-'} | ${r.maxRssMb ?? '-'} | ${rawRate} | ${fmt(w?.p50, 2)} | ${fmt(w?.p99, 2)} | ` +
      `${fmt(rateRatio, 2)} | ${fmt(ratio(s?.p50, w?.p50), 2)} | ${fmt(ratio(s?.p99, w?.p99), 2)} | ` +
      `${r.single === undefined ? '-' : `${fmt(r.single.p50, 2)} / ${fmt(r.single.p99, 2)}`} | ` +
      `${s?.cpuMs === undefined ? '-' : `${fmt(s.cpuMs.service, 2)} + ${fmt(s.cpuMs.neo4j, 2)} + ${fmt(s.cpuMs.client, 2)}`} | ` +
      `${w?.cpuMs === undefined ? '-' : `${fmt(w.cpuMs.neo4j, 2)} + ${fmt(w.cpuMs.client, 2)}`} |`)
  }
  const byName = (prefix: string): Row | undefined => rows.find(r => r.name.startsWith(prefix) && r.service !== undefined)
  const p1 = byName('followers page 1')
  const deepRow = byName('followers page 90%')
  const celeb = byName('counts (top')
  const normal = byName('counts (10')
  out.push('')
  out.push('Ratios (same run):')
  out.push(`- followers page 90% deep / page 1: p50 ${fmt(ratio(deepRow?.service?.p50, p1?.service?.p50), 2)}x, p99 ${fmt(ratio(deepRow?.service?.p99, p1?.service?.p99), 2)}x (raw driver: p50 ${fmt(ratio(deepRow?.raw?.p50, p1?.raw?.p50), 2)}x)`)
  out.push(`- counts top celebrity / 10-follower user: p50 ${fmt(ratio(celeb?.service?.p50, normal?.service?.p50), 2)}x, p99 ${fmt(ratio(celeb?.service?.p99, normal?.service?.p99), 2)}x (raw driver: p50 ${fmt(ratio(celeb?.raw?.p50, normal?.raw?.p50), 2)}x)`)
  out.push('')
  out.push('Targets (issue 6):')
  const verdict = (ok: boolean | undefined): string => ok === undefined ? 'n/a' : ok ? 'met' : 'MISSED'
  const reads = rows.filter(r => r.group !== 'write' && r.group !== 'stream' && r.service !== undefined && r.raw !== undefined)
  const worstRead = reads.reduce<Row | undefined>((w, r) => w === undefined || ratio(r.service!.rps, r.raw!.rps)! < ratio(w.service!.rps, w.raw!.rps)! ? r : w, undefined)
  out.push(`- service/raw throughput >= 0.8 on reads: ${verdict(worstRead === undefined ? undefined : ratio(worstRead.service!.rps, worstRead.raw!.rps)! >= 0.8)}` +
    (worstRead === undefined ? '' : ` (lowest ${fmt(ratio(worstRead.service!.rps, worstRead.raw!.rps), 2)}, ${worstRead.name})`))
  const deepRatio = ratio(deepRow?.service?.p50, p1?.service?.p50)
  out.push(`- page 90% deep within 1.5x of page 1 (p50): ${verdict(deepRatio === undefined ? undefined : deepRatio <= 1.5)} (${fmt(deepRatio, 2)}x over ${stats.celebrities[0]!.followers.toLocaleString('en')} followers; the target names a 1M-follower list at L)`)
  const countsRatio = ratio(celeb?.service?.p50, normal?.service?.p50)
  out.push(`- counts of the top celebrity within 1.5x of a 10-follower user (p50): ${verdict(countsRatio === undefined ? undefined : countsRatio <= 1.5)} (${fmt(countsRatio, 2)}x)`)
  out.push('')
  out.push('Targets (the write path):')
  for (const name of [names.follow, names.unfollow, names.block]) {
    const w = rows.find(r => r.name === name && r.service !== undefined)
    const ok = w?.service === undefined ? undefined : w.service.rps >= 5000 && w.service.errors === 0 && !w.notes.some(n => n.includes('MISMATCH'))
    out.push(`- ${name} >= 5,000/s, zero duplicates, zero errors: ${verdict(ok)} (${fmt(w?.service?.rps, 0)}/s, ${w?.service?.errors ?? '-'} errors; ` +
      `raw driver one follow a transaction ${fmt(w?.raw?.rps, 0)}/s)`)
  }
  const celebRow = rows.find(r => r.name === names.celebrity && r.service !== undefined)
  const celebOk = celebRow?.service === undefined ? undefined : celebRow.service.rps >= 3000 && celebRow.service.p99 < 100 && celebRow.service.errors === 0 && !celebRow.notes.some(n => n.includes('MISMATCH'))
  out.push(`- follows all to one celebrity >= 3,000/s with p99 < 100 ms: ${verdict(celebOk)} (${fmt(celebRow?.service?.rps, 0)}/s, p99 ${fmt(celebRow?.service?.p99, 1)} ms)`)
  const single = rows.find(r => r.name === names.follow)?.single
  out.push(`- one connection, a follow alone: p50 ${fmt(single?.p50, 2)} ms, p99 ${fmt(single?.p99, 2)} ms (compare with the previous report)`)
  const imp = rows.find(r => r.name === names.import && r.edgesPerSecond !== undefined)
  const floorRatio = ratio(imp?.edgesPerSecond, imp?.floorEdgesPerSecond)
  out.push(`- import service/floor >= 0.9: ${verdict(floorRatio === undefined ? undefined : floorRatio >= 0.9)} (${fmt(floorRatio, 2)}: ${fmt(imp?.edgesPerSecond, 0)} / ${fmt(imp?.floorEdgesPerSecond, 0)} edges/s)`)
  const p99Rows = rows.filter(r => ['page', 'counts', 'relationships'].includes(r.group) && r.service !== undefined)
  const slow = p99Rows.filter(r => r.service!.p99 >= 10)
  out.push(`- reads (page, counts, relationships) p99 < 10 ms at ${connections} connections: ${verdict(p99Rows.length === 0 ? undefined : slow.length === 0)}` +
    (slow.length > 0 ? ` (over: ${slow.map(r => `${r.name} ${fmt(r.service!.p99, 1)} ms`).join('; ')})` : ''))
  const rss = rows.filter(r => r.maxRssMb !== undefined)
  const maxRss = Math.max(0, ...rss.map(r => r.maxRssMb!))
  out.push(`- service RSS < 300 MB in every scenario: ${verdict(rss.length === 0 ? undefined : maxRss < 300)} (max ${maxRss} MB)`)
  out.push('')
  out.push('Targets (issue 5):')
  const importRow = rows.find(r => r.name === names.import && r.edgesPerSecond !== undefined)
  out.push(`- import >= 50,000 follow edges/s: ${verdict(importRow === undefined ? undefined : importRow.edgesPerSecond! >= 50_000)} (${fmt(importRow?.edgesPerSecond, 0)} edges/s; ` +
    `the raw driver with the same statements ${fmt(importRow?.rawEdgesPerSecond, 0)} edges/s)`)
  const exportRow = rows.find(r => r.name === names.export && r.edgesPerSecond !== undefined)
  out.push(`- export >= 200,000 edges/s, flat RSS: ${verdict(exportRow === undefined ? undefined : exportRow.edgesPerSecond! >= 200_000)} (${fmt(exportRow?.edgesPerSecond, 0)} edges/s; RSS in the notes)`)
  out.push(...recommendationTargets(rows, connections, precompute, verdict))
  out.push(...overloadTargets(rows, verdict))
  out.push('')
  out.push('Targets (lists):')
  const ordinaryCounts = byName('counts (10')
  for (const [who, prefix] of [['subscriber', 'block list: counts, subscriber'], ['member', 'block list: counts, member']] as const) {
    const x = ratio(byName(prefix)?.service?.p50, ordinaryCounts?.service?.p50)
    out.push(`- counts of a block list ${who} within 1.5x of a 10-follower user (p50): ${verdict(x === undefined ? undefined : x <= 1.5)} (${fmt(x, 2)}x)`)
  }
  const subscriberPage = byName('block list: followers page 1, subscriber')
  const peerPage = byName('block list: followers page 1, no list')
  const pageRatio = ratio(subscriberPage?.service?.p50, peerPage?.service?.p50)
  out.push(`- followers page 1 of a block list subscriber within 1.5x of an unsubscribed celebrity's (p50): ${verdict(pageRatio === undefined ? undefined : pageRatio <= 1.5)} ` +
    `(${fmt(pageRatio, 2)}x; ${subscriberPage?.name ?? '-'} / ${peerPage?.name ?? '-'})`)
  const addRow = rows.find(r => r.name === names.addMember && r.service !== undefined)
  out.push(`- adding a member at one connection < 50 ms (p99): ${verdict(addRow?.service === undefined ? undefined : addRow.service.p99 < 50)} ` +
    `(p50 ${fmt(addRow?.service?.p50, 2)} ms, p99 ${fmt(addRow?.service?.p99, 2)} ms)`)
  const notes = rows.filter(r => r.notes.length > 0)
  if (notes.length > 0) {
    out.push('')
    out.push('Notes:')
    for (const r of notes) for (const n of r.notes) out.push(`- ${r.name}: ${n}`)
  }
  return out.join('\n')
}

main().then(async () => { await sleep(0) }).catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack ?? err.message : String(err))
  process.exit(1)
})
