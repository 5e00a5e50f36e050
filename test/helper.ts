// Builds the app against the suite's own Neo4j (see test/setup/start-neo4j.ts). Tests share that database,
// so each one names its users with `uid()` and never wipes the graph.
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import type { FastifyInstance } from 'fastify'
import { createSigner } from 'fast-jwt'
import { buildApp } from '../src/app.js'
import type { AppConfig } from '../src/config.js'
import { connectionOf, instances } from '../scripts/lib/local-neo4j.js'
import { packageRoot } from '../src/package-root.js'

export const testSecret = 'test-secret-that-is-long-enough-for-hs256'
export const testCursorSecret = 'test-cursor-secret-that-is-long-enough'

export function testConfig (overrides: Partial<AppConfig> = {}): AppConfig {
  const c = connectionOf(instances.test!)
  return {
    host: '127.0.0.1',
    port: 0,
    logLevel: 'silent',
    neo4j: { uri: c.uri, username: c.username, password: c.password, database: 'neo4j' },
    jwt: { algorithm: 'HS256', key: testSecret },
    rateLimit: { max: 0, windowMs: 1000 },
    changes: { retentionMs: 7 * 86_400_000 },
    cursors: { secret: testCursorSecret },
    streams: { idleMs: 60_000 },
    // Tests send many requests at once to one in-process app; shedding has its own test (reliability/overload).
    maxInFlight: 100_000,
    ...overrides
  }
}

interface Teardown { teardown: (fn: () => unknown) => void }

/**
 * `node` arguments that run one of scripts/ (`cli`, `start`) as the suite runs it: compiled, beside the tests, by
 * `npm test`'s tsc (a TypeScript loader would cost each child process about 2 CPU s).
 */
export const script = (name: string): string[] => [join(packageRoot, 'dist', 'scripts', `${name}.js`)]

/** For the model tests, whose every step sends its reads at once: more than the 64 requests in flight at which
 * the service sheds with 503 OVERLOADED. */
export const manyInFlight: Partial<AppConfig> = { maxInFlight: 1_000 }

/** A ready app (schema applied), closed when the test ends. */
export async function build (t: Teardown, overrides: Partial<AppConfig> = {}): Promise<FastifyInstance> {
  const app = await buildApp({ config: testConfig(overrides), logger: false })
  t.teardown(async () => { await app.close() })
  await app.ready()
  return app
}

/** A unique id, so tests sharing the database never collide. */
export function uid (prefix = 'u'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`
}

export interface Claims { sub?: string, scope?: string, [claim: string]: unknown }

const signer = createSigner({ key: testSecret, algorithm: 'HS256' })

/** A signed HS256 token with the test secret; scope defaults to read and write, exp to 10 minutes from now. */
export function token (claims: Claims = {}): string {
  return signer({ scope: 'graph:read graph:write', exp: Math.floor(Date.now() / 1000) + 600, ...claims })
}

export const bearer = (jwt: string): { authorization: string } => ({ authorization: `Bearer ${jwt}` })

/** Headers acting as `sub` with read and write rights. */
export const as = (sub: string, scope = 'graph:read graph:write'): { authorization: string } => bearer(token({ sub, scope }))
export const service = (scope = 'graph:read graph:write'): { authorization: string } => bearer(token({ scope }))
export const admin = (): { authorization: string } => bearer(token({ scope: 'graph:read graph:write graph:admin' }))

/** Creates users through the API (each acting as itself); answers their ids. */
export async function createUsers (app: FastifyInstance, ids: string[], body: Record<string, unknown> = {}): Promise<string[]> {
  for (const id of ids) {
    const res = await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: id.replace(/-/g, '_').slice(0, 24), ...body } })
    if (res.statusCode !== 201) throw new Error(`creating ${id}: ${res.statusCode} ${res.body}`)
  }
  return ids
}

/** Imports NDJSON rows (user, follow, request, block, mute) through POST /v1/import; every row must apply. */
export async function importRows (app: FastifyInstance, rows: unknown[]): Promise<void> {
  const res = await app.inject({ method: 'POST', url: '/v1/import', headers: { ...admin(), 'content-type': 'application/x-ndjson' }, payload: rows.map(r => JSON.stringify(r)).join('\n') })
  if (res.statusCode !== 200 || res.json().rejectedCount !== 0) throw new Error(`import: ${res.statusCode} ${res.body}`)
}

/**
 * Waits for something to happen: polls `condition` (every `everyMs`) until it holds, then true; false once
 * `deadlineMs` has passed without it (the caller asserts, or carries on). The suite's one way to wait: no test
 * waits a fixed time.
 */
export async function until (condition: () => boolean | Promise<boolean>, deadlineMs: number, everyMs = 50): Promise<boolean> {
  const deadline = Date.now() + deadlineMs
  for (;;) {
    if (await condition()) return true
    const left = deadline - Date.now()
    if (left <= 0) return false
    await delay(Math.min(everyMs, left))
  }
}
