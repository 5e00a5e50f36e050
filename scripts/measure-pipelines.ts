// Throughput of the pipeline endpoints through the real HTTP service (a child process, as deployed):
//   tsx scripts/measure-pipelines.ts [--instance dev|pipelines] [--only import|export] [--users 100000] [--follows 500000]
// --instance pipelines: a dedicated local Neo4j (.neo4j/pipelines, bolt 47687), so other work on dev does not
// share its page cache.
// 1. POST /v1/import: a users file, then a follows file (power-law targets, since given), over the users it
//    just made (fresh ids); reports follow edges/s.
// 2. GET /v1/export/edges?type=FOLLOWS and /v1/export/users: rows/s, with the service's RSS sampled every
//    100 ms and noted when the stream passes 100k and 2M rows, and its peak.
// Leaves the imported users in the database (ids mp<time>_<n>).
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createReadStream, readFileSync, statSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createSigner } from 'fast-jwt'
import { prng } from './lib/seed.js'
import { connectionOf, instances, startLocalNeo4j } from './lib/local-neo4j.js'

const { values } = parseArgs({
  options: {
    instance: { type: 'string', default: 'dev' },
    only: { type: 'string' },
    users: { type: 'string', default: '100000' },
    follows: { type: 'string', default: '500000' }
  }
})
const U = Number(values.users)
const F = Number(values.follows)
const dedicated = { name: 'pipelines', boltPort: 47687, httpPort: 47474, heap: '2g', pagecache: '2g', txMemory: '1g' }
const instance = values.instance === 'pipelines' ? dedicated : instances[values.instance]!
await startLocalNeo4j(instance)
const conn = connectionOf(instance)
const secret = randomBytes(32).toString('hex')
const port = 3900 + Math.floor(Math.random() * 90)
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
  env: { ...process.env, NEO4J_URI: conn.uri, NEO4J_USERNAME: conn.username, NEO4J_PASSWORD: conn.password, JWT_SECRET: secret, CURSOR_SECRET: secret, PORT: String(port), LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0' },
  stdio: ['ignore', 'inherit', 'inherit']
})
const token = createSigner({ key: secret, algorithm: 'HS256', expiresIn: 3_600_000 })({ scope: 'graph:read graph:write graph:admin' })
const rss = (): number => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid!}/status`, 'utf8'))?.[1] ?? 0) / 1024
  } catch {
    return 0 // the service has exited
  }
}
const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

function call (method: string, path: string, body?: string): Promise<{ status: number, text: string, rows: number, ms: number, rssAt: Record<string, number>, peak: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const rssAt: Record<string, number> = {}
    let peak = 0
    const sampler = setInterval(() => { peak = Math.max(peak, rss()) }, 100)
    const req = request({ host: '127.0.0.1', port, method, path, headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/x-ndjson', 'content-length': statSync(body).size }) } }, res => {
      let rows = 0
      let text = ''
      res.on('data', (chunk: Buffer) => {
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) {
          rows++
          if (rows === 100_000) rssAt['100k'] = rss()
          if (rows === 2_000_000) rssAt['2M'] = rss()
        }
        if (text.length < 4096) text += chunk.toString('utf8')
      })
      res.on('end', () => { clearInterval(sampler); resolve({ status: res.statusCode ?? 0, text, rows, ms: Date.now() - started, rssAt, peak: Math.max(peak, rss()) }) })
    })
    req.on('error', reject)
    if (body !== undefined) createReadStream(body).pipe(req)
    else req.end()
  })
}

try {
  for (let i = 0; ; i++) {
    try { if ((await call('GET', '/readyz')).status === 200) break } catch {}
    if (i > 240) throw new Error('service not ready')
    await sleep(500)
  }
  if (values.only !== 'export') await measureImport()
  if (values.only !== 'import') await measureExport()
} finally {
  server.kill('SIGTERM')
}
process.exit(0)

async function measureImport (): Promise<void> {
  const p = `mp${Date.now().toString(36)}`
  const usersFile = join(tmpdir(), `${p}-users.ndjson`)
  const followsFile = join(tmpdir(), `${p}-follows.ndjson`)
  writeFileSync(usersFile, Array.from({ length: U }, (_, i) => JSON.stringify({ user: { id: `${p}_${i}`, username: `${p}${i}` } })).join('\n') + '\n')
  const rand = prng(42)
  const lines: string[] = []
  const seen = new Set<number>()
  while (lines.length < F) {
    const a = Math.floor(rand() * U)
    const b = Math.floor(Math.pow(rand(), 3) * U) // power-law in-degree: low ids are popular
    if (a === b || seen.has(a * U + b)) continue
    seen.add(a * U + b)
    lines.push(JSON.stringify({ follow: { from: `${p}_${a}`, to: `${p}_${b}`, since: new Date(1.7e12 + lines.length * 1000).toISOString() } }))
  }
  writeFileSync(followsFile, lines.join('\n') + '\n')

  const rate = (n: number, ms: number): number => Math.round(n / (ms / 1000))
  const users = await call('POST', '/v1/import', usersFile)
  console.log(`import users:   ${U} in ${users.ms} ms = ${rate(U, users.ms)}/s (status ${users.status}) peak RSS ${Math.round(users.peak)} MiB`)
  const follows = await call('POST', '/v1/import', followsFile)
  const summary = JSON.parse(follows.text) as { follows: number, rejectedCount: number }
  console.log(`import follows: ${summary.follows} (refused ${summary.rejectedCount}) in ${follows.ms} ms = ${rate(summary.follows, follows.ms)} edges/s, peak RSS ${Math.round(follows.peak)} MiB`)
}

async function measureExport (): Promise<void> {
  const rate = (n: number, ms: number): number => Math.round(n / (ms / 1000))

  const edges = await call('GET', '/v1/export/edges?type=FOLLOWS')
  console.log(`export edges:   ${edges.rows} in ${edges.ms} ms = ${rate(edges.rows, edges.ms)} edges/s; RSS at 100k ${Math.round(edges.rssAt['100k'] ?? 0)} MiB, at 2M ${Math.round(edges.rssAt['2M'] ?? 0)} MiB, peak ${Math.round(edges.peak)} MiB`)
  const all = await call('GET', '/v1/export/users')
  console.log(`export users:   ${all.rows} in ${all.ms} ms = ${rate(all.rows, all.ms)} rows/s; peak RSS ${Math.round(all.peak)} MiB`)
}
