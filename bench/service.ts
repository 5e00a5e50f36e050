// The service under test as its own process (the real server, `node dist/scripts/start.js`), so its memory is
// measured apart from the load generator's: RSS is sampled from /proc while each scenario runs.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, openSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot } from '../src/package-root.js'
import type { Connection } from '../scripts/lib/local-neo4j.js'

export const resultsDir = join(packageRoot, 'bench', 'results')

export interface Service {
  url: string
  pid: number
  /** Resident set size now, in bytes (0 once the process is gone). */
  rss: () => number
  stop: () => Promise<void>
}

const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

/** Compiles the service (tsc -p tsconfig.build.json) so the benchmark runs what `npm start` runs. */
export function buildService (log: (line: string) => void): void {
  const tsc = spawnSync(process.execPath, [join(packageRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    { cwd: packageRoot, encoding: 'utf8' })
  if (tsc.status !== 0) log(`tsc reported errors (the emitted JavaScript is used anyway):\n${tsc.stdout.split('\n').slice(0, 5).join('\n')}`)
  if (!existsSync(join(packageRoot, 'dist', 'scripts', 'start.js'))) throw new Error('build failed: dist/scripts/start.js is missing')
}

function rssOf (pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1]
    return kb === undefined ? 0 : Number(kb) * 1024
  } catch {
    return 0
  }
}

/** `cpuProfileDir`: run the server with --cpu-prof, written there when it exits (see bench/cpu-summary.ts). */
export async function startService (neo: Connection, jwtSecret: string, port: number, cpuProfileDir?: string): Promise<Service> {
  mkdirSync(resultsDir, { recursive: true })
  const log = openSync(join(resultsDir, 'service.log'), 'a')
  const profiling = cpuProfileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`]
  const child: ChildProcess = spawn(process.execPath, [...profiling, join(packageRoot, 'dist', 'scripts', 'start.js')], {
    cwd: packageRoot,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      NEO4J_URI: neo.uri,
      NEO4J_USERNAME: neo.username,
      NEO4J_PASSWORD: neo.password,
      NEO4J_DATABASE: 'neo4j',
      JWT_SECRET: jwtSecret,
      CURSOR_SECRET: jwtSecret,
      // Request logging off (warnings and errors still logged): the numbers are the service's, not pino's.
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '0'
    },
    stdio: ['ignore', log, log]
  })
  const pid = child.pid
  if (pid === undefined) throw new Error('could not start the service')
  let exited = false
  child.once('exit', () => { exited = true })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  for (;;) {
    if (exited) throw new Error(`the service exited during start-up; see ${join(resultsDir, 'service.log')}`)
    try {
      if ((await fetch(`${url}/readyz`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the service did not become ready within 90 s')
    await sleep(200)
  }
  return {
    url,
    pid,
    rss: () => rssOf(pid),
    stop: async () => {
      if (exited) return
      child.kill('SIGTERM')
      for (let i = 0; i < 150 && !exited; i++) await sleep(100)
      if (!exited) child.kill('SIGKILL')
    }
  }
}

/** Samples a process's RSS every 100 ms while a piece of work runs; answers the maximum seen. */
export async function withMaxRss<T> (rss: () => number, work: () => Promise<T>): Promise<{ value: T, maxRss: number }> {
  let maxRss = rss()
  const timer = setInterval(() => { maxRss = Math.max(maxRss, rss()) }, 100)
  try {
    const value = await work()
    maxRss = Math.max(maxRss, rss())
    return { value, maxRss }
  } finally {
    clearInterval(timer)
  }
}

const ticksPerSecond = 100

/** CPU seconds (user + system) a process has used so far; 0 when it is gone. */
export function cpuSecondsOf (pid: number): number {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond
  } catch {
    return 0
  }
}
