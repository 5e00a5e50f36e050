// Configuration: read from the environment once, validated with TypeBox, then passed down as a plain object.
// Nothing else in the service reads process.env.
import { createPublicKey } from 'node:crypto'
import { Type, type Static } from 'typebox'
import { Value } from 'typebox/value'

/** MAX_IN_FLIGHT's default: on two cores, twice the 32 connections at which the bench saturates them. */
export const defaultMaxInFlight = 64

const LogLevel = Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map(l => Type.Literal(l)))

export const EnvSchema = Type.Object({
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  // Serves /metrics on this port (on HOST) instead of PORT, for operators who keep it off the public port.
  METRICS_PORT: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535 })),
  NEO4J_URI: Type.Optional(Type.String({ pattern: '^(neo4j|bolt)(\\+s|\\+ssc)?://[^\\s]+$' })),
  NEO4J_USERNAME: Type.String({ minLength: 1, default: 'neo4j' }),
  NEO4J_PASSWORD: Type.Optional(Type.String()),
  NEO4J_DATABASE: Type.String({ minLength: 1, default: 'neo4j' }),
  JWT_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  JWT_PUBLIC_KEY: Type.Optional(Type.String({ pattern: '-----BEGIN PUBLIC KEY-----' })),
  JWT_ISSUER: Type.Optional(Type.String({ minLength: 1 })),
  JWT_AUDIENCE: Type.Optional(Type.String({ minLength: 1 })),
  LOG_LEVEL: Type.Optional(LogLevel),
  RATE_LIMIT_MAX: Type.Integer({ minimum: 0, default: 0 }),
  RATE_LIMIT_WINDOW_MS: Type.Integer({ minimum: 1, default: 1000 }),
  CHANGES_RETENTION_DAYS: Type.Number({ exclusiveMinimum: 0, default: 7 }),
  // The change feed holds back its newest CHANGES_LAG_MS so that no reader passes a change still uncommitted.
  CHANGES_LAG_MS: Type.Integer({ minimum: 0, maximum: 600_000, default: 3000 }),
  // Signs the opaque cursors (lists and the change feed); the previous key is still accepted while rotating.
  CURSOR_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  CURSOR_SECRET_PREVIOUS: Type.Optional(Type.String({ minLength: 32 })),
  // An NDJSON stream (export, followed change feed) ends when nothing has moved for this long.
  STREAM_IDLE_TIMEOUT_MS: Type.Integer({ minimum: 1000, maximum: 3_600_000, default: 60_000 }),
  // /v1 requests worked on at once; one more is answered 503 OVERLOADED (src/plugins/external/load-shedding.ts).
  MAX_IN_FLIGHT: Type.Integer({ minimum: 1, maximum: 100_000, default: defaultMaxInFlight })
})
export type Env = Static<typeof EnvSchema>

export type JwtAlgorithm = 'HS256' | 'RS256' | 'ES256'

export interface JwtConfig {
  algorithm: JwtAlgorithm
  /** HS256 secret, or the PEM public key for RS256/ES256. */
  key: string
  issuer?: string
  audience?: string
}

export interface AppConfig {
  host: string
  port: number
  /** When set, /metrics is served on this port only (see src/plugins/external/metrics.ts). */
  metricsPort?: number
  logLevel: string
  neo4j: { uri: string, username: string, password: string, database: string }
  jwt: JwtConfig
  rateLimit: { max: number, windowMs: number }
  /** lagMs: how far behind now the change feed reads (default 3000, see src/plugins/app/change-feed.ts). */
  changes: { retentionMs: number, lagMs?: number }
  /** Keys of the cursors: `secret` signs, `previous` (a rotated-out key) is still accepted. */
  cursors: { secret: string, previous?: string }
  /** An NDJSON stream whose client reads nothing, or a followed feed with nothing new, ends after idleMs. */
  streams: { idleMs: number }
  /** /v1 requests worked on at once before the next is shed with 503 OVERLOADED (default: MAX_IN_FLIGHT's). */
  maxInFlight?: number
  /** How long start waits for pending data migrations (default 10 s) before serving with /readyz 503 until done. */
  migrationWaitMs?: number
}

/** Raised for a bad environment: its message is the one line printed before exiting. */
export class ConfigError extends Error {}

function present (env: NodeJS.ProcessEnv): Record<string, string> {
  const names = Object.keys(EnvSchema.properties)
  return Object.fromEntries(names.flatMap(n => {
    const v = env[n]
    return v === undefined || v === '' ? [] : [[n, v]]
  }))
}

/** Validates the variables the service knows (others are ignored); throws ConfigError naming the first bad one. */
export function parseEnv (env: NodeJS.ProcessEnv): Env {
  const raw = present(env)
  const value = Value.Default(EnvSchema, Value.Convert(EnvSchema, raw))
  const [first] = Value.Errors(EnvSchema, value)
  if (first !== undefined) {
    const field = first.instancePath.replace(/^\//, '') || String((first.params as { requiredProperties?: string[] }).requiredProperties?.[0] ?? '')
    throw new ConfigError(`invalid configuration: ${field} ${first.message}`)
  }
  return value as Env
}

function jwtConfig (env: Env): JwtConfig {
  const common = {
    ...(env.JWT_ISSUER !== undefined && { issuer: env.JWT_ISSUER }),
    ...(env.JWT_AUDIENCE !== undefined && { audience: env.JWT_AUDIENCE })
  }
  if (env.JWT_SECRET !== undefined && env.JWT_PUBLIC_KEY !== undefined) {
    throw new ConfigError('invalid configuration: set JWT_SECRET or JWT_PUBLIC_KEY, not both')
  }
  if (env.JWT_SECRET !== undefined) return { algorithm: 'HS256', key: env.JWT_SECRET, ...common }
  if (env.JWT_PUBLIC_KEY === undefined) throw new ConfigError('invalid configuration: JWT_SECRET or JWT_PUBLIC_KEY is required')
  // The algorithm follows from the configured key, never from a token's header.
  let type: string | undefined
  try {
    type = createPublicKey(env.JWT_PUBLIC_KEY).asymmetricKeyType
  } catch {
    throw new ConfigError('invalid configuration: JWT_PUBLIC_KEY is not a PEM public key')
  }
  if (type === 'rsa') return { algorithm: 'RS256', key: env.JWT_PUBLIC_KEY, ...common }
  if (type === 'ec') return { algorithm: 'ES256', key: env.JWT_PUBLIC_KEY, ...common }
  throw new ConfigError(`invalid configuration: JWT_PUBLIC_KEY must be an RSA or EC key, not ${String(type)}`)
}

/** The service's configuration from a validated environment. NEO4J_URI must be set by then. */
export function configFromEnv (env: Env): AppConfig {
  if (env.NEO4J_URI === undefined) throw new ConfigError('invalid configuration: NEO4J_URI is required')
  if (env.NEO4J_PASSWORD === undefined) throw new ConfigError('invalid configuration: NEO4J_PASSWORD is required')
  if (env.CURSOR_SECRET === undefined) throw new ConfigError('invalid configuration: CURSOR_SECRET is required')
  if (env.METRICS_PORT !== undefined && env.METRICS_PORT === env.PORT && env.PORT !== 0) {
    throw new ConfigError('invalid configuration: METRICS_PORT must differ from PORT')
  }
  return {
    host: env.HOST,
    port: env.PORT,
    ...(env.METRICS_PORT !== undefined && { metricsPort: env.METRICS_PORT }),
    logLevel: env.LOG_LEVEL ?? 'info',
    neo4j: { uri: env.NEO4J_URI, username: env.NEO4J_USERNAME, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE },
    jwt: jwtConfig(env),
    rateLimit: { max: env.RATE_LIMIT_MAX, windowMs: env.RATE_LIMIT_WINDOW_MS },
    changes: { retentionMs: env.CHANGES_RETENTION_DAYS * 86_400_000, lagMs: env.CHANGES_LAG_MS },
    cursors: { secret: env.CURSOR_SECRET, ...(env.CURSOR_SECRET_PREVIOUS !== undefined && { previous: env.CURSOR_SECRET_PREVIOUS }) },
    streams: { idleMs: env.STREAM_IDLE_TIMEOUT_MS },
    maxInFlight: env.MAX_IN_FLIGHT
  }
}
