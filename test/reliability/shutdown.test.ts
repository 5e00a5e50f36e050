// The real server process (scripts/start.ts) against the suite's Neo4j: SIGTERM with writes in flight, and
// start-up refusing a bad configuration with one line.
import { spawn, type ChildProcess } from 'node:child_process'
import { request } from 'node:http'
import neo4j from 'neo4j-driver'
import t from 'tap'
import { connectionOf, instances } from '../../scripts/lib/local-neo4j.js'
import { packageRoot } from '../../src/package-root.js'
import { readQuery } from '../../src/queries/cypher.js'
import { as, build, createUsers, script, testCursorSecret, testSecret, uid, until } from '../helper.js'

const conn = connectionOf(instances.test!)
const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }
const serverEnv = { ...baseEnv, HOST: '127.0.0.1', PORT: '0', NEO4J_URI: conn.uri, NEO4J_PASSWORD: conn.password, JWT_SECRET: testSecret, CURSOR_SECRET: testCursorSecret, LOG_LEVEL: 'info' }

function startProcess (env: Record<string, string>): { child: ChildProcess, stdout: () => string, stderr: () => string, exited: Promise<number | null> } {
  const child = spawn(process.execPath, script('start'), { cwd: packageRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  child.stdout?.on('data', (d: Buffer) => { out += d.toString() })
  child.stderr?.on('data', (d: Buffer) => { err += d.toString() })
  const exited = new Promise<number | null>(resolve => child.once('exit', code => { resolve(code) }))
  return { child, stdout: () => out, stderr: () => err, exited }
}

/** One request on a fresh connection (no keep-alive reuse), so "refused" means the listener is gone. */
function send (port: number, method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number, body: string }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const req = request({ host: '127.0.0.1', port, method, path, agent: false, headers: { ...headers, ...(payload !== undefined && { 'content-type': 'application/json' }) } }, res => {
      let data = ''
      res.on('data', (d: Buffer) => { data += d.toString() })
      res.on('end', () => { resolve({ status: res.statusCode ?? 0, body: data }) })
    })
    req.on('error', reject)
    req.end(payload)
  })
}

t.test('SIGTERM: requests in flight complete, new ones are refused, the driver closes, exit code 0', async t => {
  // The users the in-flight writes will touch exist first; a transaction of this test then holds their
  // write locks, so the server's writes are provably still running when SIGTERM arrives.
  const app = await build(t)
  const [a, b] = await createUsers(app, [uid(), uid()]) as [string, string]
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.username, conn.password))
  t.teardown(async () => { await driver.close() })

  const server = startProcess(serverEnv)
  t.teardown(() => { server.child.kill('SIGKILL') })
  const listening = (): number => Number(/listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(server.stdout())?.[1] ?? 0)
  await until(() => listening() > 0, 30_000, 100)
  const port = listening()
  t.ok(port > 0, `the server listens on ${port}`)
  t.equal((await send(port, 'GET', '/readyz', {})).status, 200)

  const session = driver.session()
  const lock = await session.beginTransaction()
  const locked = await lock.run(readQuery('testing/hold-user-locks').text, { ids: [a, b] })
  t.equal(locked.records[0]?.get('locked').toNumber(), 2)
  let answered = 0
  const inFlight = [
    send(port, 'PATCH', `/v1/users/${a}`, as(a), { name: 'during shutdown 1' }),
    send(port, 'PATCH', `/v1/users/${b}`, as(b), { name: 'during shutdown 2' }),
    send(port, 'PUT', `/v1/users/${a}`, as(a), { username: a, name: 'during shutdown 3' })
  ].map(async p => await p.then(r => { answered++; return r }))
  // Until the server has received all three (it logs each request as it comes in).
  const received = (): number => server.stdout().match(/"method":"(PATCH|PUT)","url":"\/v1\/users\//g)?.length ?? 0
  t.ok(await until(() => received() >= 3, 10_000), `the server received the three writes (${received()})`)
  t.equal(answered, 0, 'the writes are in flight (waiting on the locks) when SIGTERM is sent')
  const sigterm = Date.now()
  server.child.kill('SIGTERM')
  // Until the server has closed its listening socket.
  let refused: string | undefined
  await until(async () => {
    refused = await send(port, 'GET', '/healthz', {}).then(r => `answered ${r.status}`, (err: NodeJS.ErrnoException) => err.code)
    return refused === 'ECONNREFUSED'
  }, 5_000)
  t.equal(refused, 'ECONNREFUSED', 'a new connection after SIGTERM is refused')
  t.equal(server.child.exitCode, null, 'the process waits for the requests in flight')

  t.notOk(await until(() => server.child.exitCode !== null, 700), 'and keeps waiting while they are blocked')
  await lock.commit()
  await session.close()
  const answers = await Promise.all(inFlight)
  t.same(answers.map(r => r.status), [200, 200, 200], 'every request in flight completed')
  t.match(JSON.parse(answers[1]!.body), { id: b, name: 'during shutdown 2' })
  const code = await server.exited
  t.equal(code, 0, `exit code 0, ${Date.now() - sigterm} ms after SIGTERM`)
  t.match(server.stdout(), /"signal":"SIGTERM".*"msg":"closing"/, 'the shutdown was logged')
  t.notMatch(server.stdout() + server.stderr(), /"level":(50|60)/, 'no error logged')

  const check = await driver.executeQuery(readQuery('testing/users-by-id-or-username').text, { values: [a, b], lower: [] })
  const names = Object.fromEntries(check.records.map(r => [r.get('id') as string, r.get('name') as string]))
  t.equal(names[b], 'during shutdown 2', 'the in-flight write was committed')
  t.match(names[a], /^during shutdown [13]$/)
})

t.test('invalid configuration: one clear line on stderr, exit code 1, nothing started', async t => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['PORT=abc', { ...serverEnv, PORT: 'abc' }, /^invalid configuration: PORT /],
    ['PORT out of range', { ...serverEnv, PORT: '70000' }, /^invalid configuration: PORT /],
    ['NEO4J_URI without a JWT key', { ...serverEnv, JWT_SECRET: '' }, /^invalid configuration: JWT_SECRET or JWT_PUBLIC_KEY is required$/],
    ['a too-short JWT_SECRET', { ...serverEnv, JWT_SECRET: 'short' }, /^invalid configuration: JWT_SECRET /],
    ['both JWT keys', { ...serverEnv, JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----' }, /^invalid configuration: set JWT_SECRET or JWT_PUBLIC_KEY, not both$/],
    ['a PEM that is not a key', { ...serverEnv, JWT_SECRET: '', JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----' }, /^invalid configuration: JWT_PUBLIC_KEY is not a PEM public key$/],
    ['a bad NEO4J_URI', { ...serverEnv, NEO4J_URI: 'http://localhost:7474' }, /^invalid configuration: NEO4J_URI /],
    ['NEO4J_URI without a password', { ...serverEnv, NEO4J_PASSWORD: '' }, /^invalid configuration: NEO4J_PASSWORD is required$/],
    ['NEO4J_URI without a cursor key', { ...serverEnv, CURSOR_SECRET: '' }, /^invalid configuration: CURSOR_SECRET is required$/],
    ['a too-short CURSOR_SECRET_PREVIOUS', { ...serverEnv, CURSOR_SECRET_PREVIOUS: 'short' }, /^invalid configuration: CURSOR_SECRET_PREVIOUS /],
    ['a bad STREAM_IDLE_TIMEOUT_MS', { ...serverEnv, STREAM_IDLE_TIMEOUT_MS: '10' }, /^invalid configuration: STREAM_IDLE_TIMEOUT_MS /],
    ['a bad LOG_LEVEL', { ...serverEnv, LOG_LEVEL: 'loud' }, /^invalid configuration: LOG_LEVEL /],
    ['a bad RATE_LIMIT_MAX', { ...serverEnv, RATE_LIMIT_MAX: '-1' }, /^invalid configuration: RATE_LIMIT_MAX /]
  ]
  await Promise.all(cases.map(async ([what, env, line]) => {
    const p = startProcess(env)
    const code = await p.exited
    const lines = p.stderr().trim().split('\n')
    t.equal(code, 1, `${what}: exit code 1`)
    t.equal(lines.length, 1, `${what}: one line (${lines[0] ?? ''})`)
    t.match(lines[0], line, `${what}: says what is wrong`)
    t.equal(p.stdout(), '', `${what}: nothing started`)
  }))
})
