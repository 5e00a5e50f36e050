// The project's own Neo4j 5.26 Community server with Graph Data Science: jars from Maven Central (neo4j/pom.xml),
// one folder per instance under .neo4j/<name>/ with its config, data, logs, password and pid, started with
// `java` on loopback.
import { spawn, spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { copyFileSync, createReadStream, createWriteStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeFileSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import neo4j from 'neo4j-driver'
import { packageRoot } from '../../src/package-root.js'

const neo4jDir = join(packageRoot, 'neo4j')
const libDir = join(neo4jDir, 'lib')
const fetchedMarker = join(libDir, '.fetched')
/** GDS's procedure jars, copied from lib/ by fetchNeo4j: Neo4j registers procedures only from its plugins dir. */
const pluginsDir = join(neo4jDir, 'plugins')
const gdsProcedureJars = /^(alpha-proc|proc-(catalog|centrality|common|community|embeddings|machine-learning|misc|path-finding|pipeline-catalog|similarity|sysinfo))-[\d.]+\.jar$/

export interface LocalInstance {
  name: string
  boltPort: number
  httpPort: number
  heap: string
  pagecache: string
  txMemory: string
  /** server.directories.data when not the instance's own `data` folder (a bulk load into a given directory). */
  dataDir?: string
  /**
   * Graph Data Science procedures (default true). false leaves GDS's procedure jars out of the instance's plugins
   * directory: the server starts as one without the plugin (no gds.* procedures), for tests of that case.
   */
  gds?: boolean
  /**
   * A server that lives for one test file: its JIT stops at the quick compiler (C1), and so does its neo4j-admin
   * (quickCompiler). Its warm-up is most of what such a server spends: a start costs 10 CPU s, not 16; a dump of
   * a small store 3 CPU s, not 5-6. Not the suite's own `test` server, which lives for the
   * whole suite and spends most of its CPU in the Cypher planner: with C1 seven test files took it 326 CPU s
   * (230 s of it planning), with the optimizing compiler 262 (103 s planning).
   */
  shortLived?: boolean
  /**
   * A server of the test suite: it plans each statement once an hour (below) and collects garbage with the
   * throughput collector (ParallelGC; the others keep the stock G1), since it has no pause target to meet and
   * G1's concurrent work takes CPU from the suite on a 2-core machine (25 test files on a fresh store: the server
   * took 303 CPU s with it, 326 s with G1; one pair of runs, where runs of the same code spread by about 8%).
   */
  testServer?: boolean
}

/**
 * The test servers' stores start empty and grow all through a run, so every statement's statistics keep diverging
 * from those it was planned with, and Neo4j planned it again, at most every 10 s (dbms.cypher.min_replan_interval):
 * on a fresh store, 25 test files cost the server 432 CPU s with replans and 302 s with one plan an hour (328 and
 * 259 s of wall time). Plans only choose how, never what: answers are the same. The plan tests ask for a plan of
 * the data they made (test/plans/profile.ts: replan=force). Servers that serve (dev, bench) keep the default.
 */
const planOnce = 'dbms.cypher.min_replan_interval=1h\n'

/**
 * Added to every instance's ports (default 0), so two checkouts can run their own instances side by side
 * (e.g. `LOCAL_NEO4J_PORT_OFFSET=100 npm test`).
 */
const portOffset = Number(process.env.LOCAL_NEO4J_PORT_OFFSET ?? 0) || 0
const shifted = (instance: LocalInstance): LocalInstance =>
  ({ ...instance, boltPort: instance.boltPort + portOffset, httpPort: instance.httpPort + portOffset })

/** `dev` serves `npm start` (Browser's default ports); `test` is the suite's own, so tests never touch dev data. */
export const instances: Record<string, LocalInstance> = Object.fromEntries(Object.entries({
  // dev's transaction memory fits one private -> public switch with 100,000 pending requests (~680 MB measured)
  // beside ordinary traffic.
  dev: { name: 'dev', boltPort: 7687, httpPort: 7474, heap: '3g', pagecache: '2g', txMemory: '2g' },
  test: { name: 'test', boltPort: 17687, httpPort: 17474, heap: '1g', pagecache: '512m', txMemory: '600m', testServer: true },
  // The outage tests' own instance, killed and restarted by them (without GDS, which they do not use: it starts
  // on about a fifth less CPU).
  outage: { name: 'outage', boltPort: 27687, httpPort: 27474, heap: '512m', pagecache: '128m', txMemory: '256m', gds: false, shortLived: true, testServer: true },
  // The bulk-load tests' own instance, wiped by them.
  bulk: { name: 'bulk', boltPort: 47687, httpPort: 47474, heap: '512m', pagecache: '128m', txMemory: '256m', gds: false, shortLived: true, testServer: true },
  // The migration tests' own instance (a store as the previous release left it), wiped by them.
  upgrade: { name: 'upgrade', boltPort: 62687, httpPort: 62474, heap: '512m', pagecache: '128m', txMemory: '256m', gds: false, shortLived: true, testServer: true },
  // The backup and restore test's own instance, wiped by it.
  backup: { name: 'backup', boltPort: 63687, httpPort: 63474, heap: '512m', pagecache: '128m', txMemory: '256m', gds: false, shortLived: true, testServer: true },
  // `bulk-load --data-dir DIR`: a server started on DIR to apply the schema and counters, then stopped; without
  // Graph Data Science, which it does not use (it starts about 7 s sooner on a busy 2-core machine: 25 s, not 32).
  // Index population over L's store (2.5 GB of relationship and property records, read by two populations at
  // once) with 2 GiB of page cache and heap saw GC pauses over a second: 4 GiB of page cache, 3 GiB of heap.
  load: { name: 'load', boltPort: 57687, httpPort: 57474, heap: '3g', pagecache: '4g', txMemory: '1g', gds: false },
  // A server without Graph Data Science, for the tests of the service without it.
  nogds: { name: 'nogds', boltPort: 42687, httpPort: 42474, heap: '512m', pagecache: '128m', txMemory: '256m', gds: false, shortLived: true, testServer: true },
  // `npm run eval:suggestions`: one evaluation graph at a time (Bitcoin OTC, synthetic M); GDS projects the
  // follow graph into the heap (its size at M and L: RECOMMENDATIONS.md).
  eval: { name: 'eval', boltPort: 52687, httpPort: 52474, heap: '3g', pagecache: '2g', txMemory: '1g' },
  // `npm run bench`: the M dataset (100k users, 2M follows) is ~1.5 GB of store and indexes, so the page cache
  // holds all of it with room for L's hot part; the heap carries 10k-row UNWIND loads and 32 concurrent readers.
  bench: { name: 'bench', boltPort: 37687, httpPort: 37474, heap: '4g', pagecache: '6g', txMemory: '2g' }
} satisfies Record<string, LocalInstance>).map(([name, instance]) => [name, shifted(instance)]))

export interface Connection {
  uri: string
  username: string
  password: string
  browser: string
}

const log = (line: string): void => { process.stderr.write(`[neo4j] ${line}\n`) }

function pomDigest (): string {
  return createHash('sha256').update(readFileSync(join(neo4jDir, 'pom.xml'))).digest('hex')
}

/** Copies the server's jars into neo4j/lib with Maven, once: a second call fetches nothing. */
export function fetchNeo4j (): void {
  const digest = pomDigest()
  if (existsSync(fetchedMarker) && readFileSync(fetchedMarker, 'utf8') === digest) {
    if (!existsSync(pluginsDir)) copyPlugins()
    return
  }
  log('fetching Neo4j jars from Maven Central (mvn dependency:copy-dependencies)...')
  rmSync(libDir, { recursive: true, force: true })
  const mvn = spawnSync('mvn', ['-q', '-B', 'dependency:copy-dependencies', '-DoutputDirectory=lib', '-DincludeScope=runtime'],
    { cwd: neo4jDir, stdio: 'inherit' })
  if (mvn.error !== undefined || mvn.status !== 0) {
    throw new Error(`mvn dependency:copy-dependencies failed (${mvn.error?.message ?? `exit ${String(mvn.status)}`})`)
  }
  copyPlugins()
  writeFileSync(fetchedMarker, digest)
}

function copyPlugins (): void {
  rmSync(pluginsDir, { recursive: true, force: true })
  mkdirSync(pluginsDir, { recursive: true })
  for (const jar of readdirSync(libDir).filter(f => gdsProcedureJars.test(f))) copyFileSync(join(libDir, jar), join(pluginsDir, jar))
}

function paths (instance: LocalInstance) {
  const home = join(packageRoot, '.neo4j', instance.name)
  return {
    home,
    conf: join(home, 'conf'),
    data: instance.dataDir ?? join(home, 'data'),
    logs: join(home, 'logs'),
    run: join(home, 'run'),
    /** Empty: the plugins directory of an instance without GDS. */
    noPlugins: join(home, 'plugins'),
    pid: join(home, 'neo4j.pid'),
    password: join(home, 'password'),
    console: join(home, 'logs', 'console.log')
  }
}

function writeConfig (instance: LocalInstance): void {
  const p = paths(instance)
  for (const dir of [p.conf, p.data, p.logs, p.run, p.noPlugins]) mkdirSync(dir, { recursive: true })
  const values: Record<string, string> = {
    BOLT_PORT: String(instance.boltPort),
    HTTP_PORT: String(instance.httpPort),
    DATA_DIR: p.data,
    LOGS_DIR: p.logs,
    RUN_DIR: p.run,
    PLUGINS_DIR: instance.gds === false ? p.noPlugins : pluginsDir,
    PAGECACHE: instance.pagecache,
    TX_MEMORY: instance.txMemory
  }
  const template = readFileSync(join(neo4jDir, 'neo4j.conf.template'), 'utf8')
  const extra = instance.testServer === true ? planOnce : ''
  writeFileSync(join(p.conf, 'neo4j.conf'), template.replace(/\$\{(\w+)\}/g, (_, key: string) => values[key] ?? '') + extra)
}

const classpath = (): string => join(libDir, '*')

/** The JVM flag of a short-lived instance's server and tools: the quick compiler only. */
const quickCompiler = (instance: LocalInstance): string[] => instance.shortLived === true ? ['-XX:TieredStopAtLevel=1'] : []

/** The flags the stock launcher passes to the server JVM (neo4j.conf's server.jvm.additional). */
function jvmFlags (instance: LocalInstance): string[] {
  return [
    `-Xms${instance.heap}`, `-Xmx${instance.heap}`,
    instance.testServer === true ? '-XX:+UseParallelGC' : '-XX:+UseG1GC', '-XX:-OmitStackTraceInFastThrow', '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields', '-XX:+DisableExplicitGC', '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true', '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED', '--enable-native-access=ALL-UNNAMED',
    ...quickCompiler(instance),
    ...classArchiveFlags(instance)
  ]
}

/**
 * Class data sharing: the first server to stop cleanly writes the classes it loaded to an archive (the JVM's
 * -XX:ArchiveClassesAtExit), and every later start maps them instead of loading and verifying them again: a start
 * without GDS fell from 14 to 8 CPU s with it (5 with the quick compiler too). The archive is named after the jars
 * and the JVM, so a changed classpath or Java writes a new one; a JVM that cannot use it runs without it. Each
 * server writes its own pending file (two may stop at once); stopLocalNeo4j keeps the first one whole.
 */
const archiveDir = join(packageRoot, '.neo4j', 'class-archive')
function classArchive (): string {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr
  const jars = readdirSync(libDir).filter(f => f.endsWith('.jar')).sort().join('\n')
  return join(archiveDir, `neo4j-${createHash('sha256').update(java + jars).digest('hex').slice(0, 16)}.jsa`)
}
const pendingArchive = (instance: LocalInstance): string => join(paths(instance).home, 'class-archive.pending')

function classArchiveFlags (instance: LocalInstance): string[] {
  const archive = classArchive()
  if (existsSync(archive)) return [`-XX:SharedArchiveFile=${archive}`]
  mkdirSync(archiveDir, { recursive: true })
  const pending = `${archive}.${instance.name}.${randomBytes(4).toString('hex')}`
  writeFileSync(pendingArchive(instance), pending)
  return [`-XX:ArchiveClassesAtExit=${pending}`]
}

/** After a server exited: its archive, if it exited cleanly and none is there yet, becomes the archive. */
function keepClassArchive (instance: LocalInstance, clean: boolean): void {
  const marker = pendingArchive(instance)
  if (!existsSync(marker)) return
  const pending = readFileSync(marker, 'utf8')
  rmSync(marker, { force: true })
  const archive = classArchive()
  if (clean && existsSync(pending) && !existsSync(archive)) renameSync(pending, archive)
  rmSync(pending, { force: true })
}

/** Reads /proc/<pid>/<file> where there is a /proc (Linux); undefined elsewhere or when the process is gone. */
function procFile (pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8')
  } catch {
    return undefined
  }
}

function processAlive (pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  // A child that exited but was not reaped yet (a zombie of the process that started it) still answers
  // kill(pid, 0): it is dead all the same.
  const stat = procFile(pid, 'stat')
  return stat === undefined || !/^\d+ \(.*\) Z/s.test(stat)
}

function runningPid (instance: LocalInstance): number | undefined {
  const p = paths(instance)
  if (!existsSync(p.pid)) return undefined
  const value = Number(readFileSync(p.pid, 'utf8'))
  if (!Number.isInteger(value) || value <= 0 || !processAlive(value)) return undefined
  // A stale pid file (after a crash or reboot) may name a pid reused by an unrelated process.
  const cmdline = procFile(value, 'cmdline')
  return cmdline === undefined || cmdline.includes(`--home-dir=${p.home}`) ? value : undefined
}

function portOpen (port: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.once('connect', () => { socket.destroy(); resolve(true) })
    socket.once('error', () => { resolve(false) })
  })
}

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

export function connectionOf (instance: LocalInstance): Connection {
  return {
    uri: `neo4j://127.0.0.1:${instance.boltPort}`,
    username: 'neo4j',
    password: readFileSync(paths(instance).password, 'utf8').trim(),
    browser: `http://127.0.0.1:${instance.httpPort}/browser/`
  }
}

async function waitForBolt (instance: LocalInstance, pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  const { uri, username, password } = connectionOf(instance)
  while (Date.now() < deadline) {
    if (!processAlive(pid)) {
      throw new Error(`Neo4j (${instance.name}) exited during start-up; see ${paths(instance).console}`)
    }
    if (await portOpen(instance.boltPort)) {
      const driver = neo4j.driver(uri, neo4j.auth.basic(username, password))
      try {
        await driver.verifyConnectivity()
        return
      } catch {
        // Bolt accepts connections a moment before the databases are online.
      } finally {
        await driver.close()
      }
    }
    await sleep(250)
  }
  throw new Error(`Neo4j (${instance.name}) did not answer on Bolt port ${instance.boltPort} within ${timeoutMs / 1000}s`)
}

/** Sets the neo4j user's password before the very first start (auth stays on, as in real deployments). */
function setInitialPassword (instance: LocalInstance): void {
  const p = paths(instance)
  // The password file is kept in the instance's folder, the users in its data directory: a new data
  // directory (bulk-load --data-dir) needs the password set again.
  const known = existsSync(p.password)
  if (known && existsSync(join(p.data, 'dbms', 'auth.ini'))) return
  // Hex, so it never starts with '-' (the admin tool would read that as an option).
  const password = known ? readFileSync(p.password, 'utf8').trim() : randomBytes(18).toString('hex')
  // A one-shot file write: the quick compiler and the serial collector start it on about half the CPU.
  const admin = spawnSync('java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-cp', classpath(), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password], {
    env: { ...process.env, NEO4J_HOME: p.home, NEO4J_CONF: p.conf },
    encoding: 'utf8'
  })
  if (admin.status !== 0) throw new Error(`set-initial-password failed: ${admin.stderr || admin.stdout}`)
  writeFileSync(p.password, password + '\n', { mode: 0o600 })
}

/** Starts the instance unless it is already running, waits until Bolt answers, and says how to connect. */
export async function startLocalNeo4j (instance: LocalInstance, timeoutMs = 180_000): Promise<Connection> {
  fetchNeo4j()
  writeConfig(instance)
  const existing = runningPid(instance)
  if (existing !== undefined) {
    await waitForBolt(instance, existing, timeoutMs)
    return connectionOf(instance)
  }
  if (await portOpen(instance.boltPort)) {
    throw new Error(`port ${instance.boltPort} is taken by another process; stop it or set NEO4J_URI`)
  }
  setInitialPassword(instance)
  const p = paths(instance)
  const out = openSync(p.console, 'a')
  const child = spawn('java', [
    ...jvmFlags(instance), '-cp', classpath(), 'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${p.home}`, `--config-dir=${p.conf}`, '--console-mode'
  ], { detached: true, stdio: ['ignore', out, out] })
  if (child.pid === undefined) throw new Error('could not start java')
  child.unref()
  writeFileSync(p.pid, String(child.pid))
  log(`starting ${instance.name} instance (pid ${child.pid}, bolt ${instance.boltPort}, http ${instance.httpPort})`)
  await waitForBolt(instance, child.pid, timeoutMs)
  log(`${instance.name} instance ready`)
  return connectionOf(instance)
}

/** Stops the instance (SIGTERM, then SIGKILL after a grace period). Does nothing if it is not running. */
export async function stopLocalNeo4j (instance: LocalInstance, graceMs = 60_000): Promise<void> {
  const pid = runningPid(instance)
  if (pid === undefined) return
  const signal = (name: NodeJS.Signals): void => {
    try { process.kill(pid, name) } catch { /* already gone */ }
  }
  signal('SIGTERM')
  const deadline = Date.now() + graceMs
  while (processAlive(pid) && Date.now() < deadline) await sleep(200)
  const clean = !processAlive(pid)
  if (!clean) {
    signal('SIGKILL')
    while (processAlive(pid)) await sleep(100)
  }
  rmSync(paths(instance).pid, { force: true })
  keepClassArchive(instance, clean)
  log(`${instance.name} instance stopped`)
}

/** Kills the instance at once (SIGKILL: a crash, as a lost machine looks to its clients). Nothing if not running. */
export async function killLocalNeo4j (instance: LocalInstance): Promise<void> {
  const pid = runningPid(instance)
  if (pid === undefined) return
  try { process.kill(pid, 'SIGKILL') } catch { /* already gone */ }
  while (processAlive(pid)) await sleep(20)
  rmSync(paths(instance).pid, { force: true })
  keepClassArchive(instance, false)
  log(`${instance.name} instance killed`)
}

/** Clock ticks a second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
const ticksPerSecond = 100

/**
 * CPU seconds (user and system) from /proc/<pid>/stat: of the instance's running server, or with `'children'`
 * of the child processes this process has waited for (the admin tool once it has exited). Undefined without
 * /proc, or when the server is not running. On a shared machine it says what a step cost where wall-clock
 * time says how busy the others were.
 */
export function cpuSeconds (of: LocalInstance | 'children'): number | undefined {
  const pid = of === 'children' ? process.pid : runningPid(of)
  const stat = pid === undefined ? undefined : procFile(pid, 'stat')
  if (stat === undefined) return undefined
  // Fields after the command's closing parenthesis, from the 3rd (state): utime, stime are the 14th and 15th,
  // the waited-for children's cutime, cstime the 16th and 17th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number)
  const [user, system] = of === 'children' ? [fields[13], fields[14]] : [fields[11], fields[12]]
  return user === undefined || system === undefined ? undefined : (user + system) / ticksPerSecond
}

/** Whether the instance is running (its pid file names a live server of this instance). */
export function localNeo4jRunning (instance: LocalInstance): boolean {
  return runningPid(instance) !== undefined
}

/** Whether the instance's data directory holds the `neo4j` database's store (it has been started or loaded). */
export function hasLocalDatabase (instance: LocalInstance): boolean {
  return existsSync(join(paths(instance).data, 'databases', 'neo4j'))
}

/**
 * Runs `neo4j-admin <args>` (org.neo4j.cli.AdminTool from the server's jars) on the instance's home and config.
 * Each line the tool prints goes to `onLine` (its stderr only when `stdout` takes its output); `stdin` feeds it.
 * Fails with the tool's last lines if it fails.
 */
async function adminTool (instance: LocalInstance, args: string[], o: { onLine: (line: string) => void, heap: string, stdin?: Readable, stdout?: Writable }): Promise<void> {
  fetchNeo4j()
  writeConfig(instance)
  const p = paths(instance)
  const child = spawn('java', [`-Xmx${o.heap}`, ...quickCompiler(instance), '-cp', classpath(), 'org.neo4j.cli.AdminTool', ...args], {
    env: { ...process.env, NEO4J_HOME: p.home, NEO4J_CONF: p.conf },
    stdio: [o.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
  })
  const tail: string[] = []
  for (const stream of o.stdout === undefined ? [child.stdout!, child.stderr!] : [child.stderr!]) {
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', line => {
      tail.push(line)
      if (tail.length > 20) tail.shift()
      o.onLine(line)
    })
  }
  // Settled at once (a failed pipe is the tool's failure, reported after it exits).
  const piped = Promise.all([
    ...(o.stdout === undefined ? [] : [pipeline(child.stdout!, o.stdout)]),
    ...(o.stdin === undefined ? [] : [pipeline(o.stdin, child.stdin!)])
  ]).then(() => undefined, (err: unknown) => err)
  const code = await new Promise<number | null>((resolve, reject) => { child.once('error', reject); child.once('close', resolve) })
  const pipeFailed = await piped
  if (pipeFailed !== undefined) throw pipeFailed
  if (code !== 0) throw new Error(`neo4j-admin ${args.slice(0, 2).join(' ')} failed (exit ${String(code)}):\n${tail.join('\n')}`)
}

/**
 * `neo4j-admin database import full neo4j <args>` on the instance's data directory (the server must be
 * stopped). Each line the tool prints goes to `onLine`; fails with the tool's last lines if it fails.
 */
export async function importIntoLocalNeo4j (instance: LocalInstance, args: string[], onLine: (line: string) => void, heap = '1g'): Promise<void> {
  // The database first: --nodes and --relationships take every file that follows them.
  await adminTool(instance, ['database', 'import', 'full', 'neo4j', ...args], { onLine, heap })
}

/** `neo4j-admin database dump neo4j` of the stopped instance into `file` (a single-file archive). */
export async function dumpLocalNeo4j (instance: LocalInstance, file: string, onLine: (line: string) => void): Promise<void> {
  await adminTool(instance, ['database', 'dump', 'neo4j', '--to-stdout'], { onLine, heap: '512m', stdout: createWriteStream(file) })
}

/** `neo4j-admin database load neo4j` from a dump `file`, replacing the stopped instance's database. */
export async function loadLocalNeo4j (instance: LocalInstance, file: string, onLine: (line: string) => void): Promise<void> {
  await adminTool(instance, ['database', 'load', 'neo4j', '--from-stdin', '--overwrite-destination=true'], { onLine, heap: '512m', stdin: createReadStream(file) })
}

/** Removes the instance's data (it must be stopped): the next start begins with an empty graph. */
export function wipeLocalNeo4j (instance: LocalInstance): void {
  if (runningPid(instance) !== undefined) throw new Error(`${instance.name} instance is running; stop it first`)
  rmSync(paths(instance).home, { recursive: true, force: true })
}
