// Versioned migrations recorded in the database: one :Migration {version, name, startedAt, appliedAt} node per
// step (src/queries/migrations.ts), the steps applied in version order, each once. The design is
// neo4j-migrations' (Flyway for Neo4j): a ledger in the graph, a unique constraint on the version, and schema
// steps that are applied again when their statements change (its "repeatable" migrations: a release that adds an
// index to cypher/schema needs no new step). A data step works in batches and is idempotent; it notes its
// cursor after each batch, so a run stopped half-way (a crash, a kill) is finished by the next from there.
// Data steps must be safe while the service serves: it starts serving while they run, with /readyz 503.
// Applied by the service at start (src/plugins/external/neo4j.ts) and by `npm run cli -- migrate`.
import type { Database } from './database.js'
import { countOf } from './queries/export.js'
import { beginMigration, finishMigration, noteMigrationProgress, recordedMigrations, type ResumePoint } from './queries/migrations.js'
import { applySchema, schema } from './queries/schema.js'
import { backfillHiddenCounters } from './queries/users.js'

export interface StepRun {
  /** Where the step resumes (a data step stopped half-way). */
  resume: ResumePoint
  /** A data step's batch size (its own default when unset). */
  batch?: number
  /** After each unit of work, awaited: how much is done, and a data step's cursor to resume from. */
  progress: (done: number, cursor?: string) => Promise<void>
}

export interface Migration {
  version: number
  name: string
  kind: 'schema' | 'data'
  /** A schema step's digest of its statements: when it changes, the step is applied again. */
  checksum: string | null
  /** The whole step's work in `unit`s, for a progress bar. */
  size: (db: Database) => Promise<number>
  unit: string
  apply: (db: Database, run: StepRun) => Promise<void>
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'constraints and indexes (cypher/schema)',
    kind: 'schema',
    checksum: schema.checksum,
    unit: 'statements',
    size: async () => schema.statements,
    apply: async (db, run) => { await applySchema(db, { onStatement: run.progress }) }
  },
  {
    version: 2,
    name: 'hidden-edge counters of the users created before them',
    kind: 'data',
    checksum: null,
    unit: 'users',
    size: async db => await countOf(db, 'users'),
    apply: async (db, run) => {
      await backfillHiddenCounters(db, {
        after: run.resume.cursor ?? '',
        ...(run.batch !== undefined && { batch: run.batch }),
        onStep: async (seen, _filled, last) => { await run.progress(run.resume.done + seen, last) }
      })
    }
  }
]

export type MigrationState = 'applied' | 'pending' | 'interrupted' | 'changed'

export interface MigrationStatus {
  version: number
  name: string
  kind: Migration['kind'] | 'unknown'
  /** applied; pending (never begun); interrupted (begun, not finished); changed (a schema step to apply again). */
  state: MigrationState
  /** Epoch ms of the last apply, null if none. */
  appliedAt: number | null
  /** Epoch ms the step (or its current run) began, null if never. */
  startedAt: number | null
  /** How far an interrupted data step got. */
  done: number | null
}

/** Every step of this release, and any recorded by a newer one (kind 'unknown'), with its state here. */
export async function migrationStatus (db: Database): Promise<MigrationStatus[]> {
  const recorded = new Map((await recordedMigrations(db)).map(r => [r.version, r]))
  const known: MigrationStatus[] = migrations.map(m => {
    const r = recorded.get(m.version)
    const state: MigrationState = r === undefined
      ? 'pending'
      : r.appliedAt === null ? 'interrupted' : m.checksum !== null && r.checksum !== m.checksum ? 'changed' : 'applied'
    return { version: m.version, name: m.name, kind: m.kind, state, appliedAt: r?.appliedAt ?? null, startedAt: r?.startedAt ?? null, done: r?.appliedAt === null ? r.done : null }
  })
  const unknown = [...recorded.values()].filter(r => !migrations.some(m => m.version === r.version)).map((r): MigrationStatus =>
    ({ version: r.version, name: r.name, kind: 'unknown', state: r.appliedAt === null ? 'interrupted' : 'applied', appliedAt: r.appliedAt, startedAt: r.startedAt, done: r.done }))
  return [...known, ...unknown].sort((a, b) => a.version - b.version)
}

export interface MigrateOptions {
  batch?: number
  /** Only the schema steps before the first data step (what the service awaits before serving). */
  leadingSchemaOnly?: boolean
  /** Stops between batches (the service closing): the step stays interrupted, to be finished by the next run. */
  signal?: AbortSignal
  onBegin?: (m: Migration, size: number, resume: ResumePoint) => void
  onProgress?: (m: Migration, done: number) => void
  onApplied?: (m: Migration, seconds: number) => void
}

/** Applies the steps not applied yet, in version order. Answers the versions applied. */
export async function migrate (db: Database, o: MigrateOptions = {}): Promise<number[]> {
  const pending = new Set((await migrationStatus(db)).filter(s => s.state !== 'applied').map(s => s.version))
  const applied: number[] = []
  for (const m of migrations) {
    if (o.leadingSchemaOnly === true && m.kind !== 'schema') break
    if (!pending.has(m.version)) continue
    o.signal?.throwIfAborted()
    const started = Date.now()
    const resume = await beginMigration(db, m.version, m.name)
    o.onBegin?.(m, await m.size(db), resume)
    await m.apply(db, {
      resume,
      ...(o.batch !== undefined && { batch: o.batch }),
      progress: async (done, cursor) => {
        if (cursor !== undefined) await noteMigrationProgress(db, m.version, { cursor, done })
        o.onProgress?.(m, done)
        o.signal?.throwIfAborted()
      }
    })
    await finishMigration(db, m.version, m.checksum)
    applied.push(m.version)
    o.onApplied?.(m, (Date.now() - started) / 1000)
  }
  return applied
}

/** Records every step as applied without running it: a store built whole by this release (the bulk load). */
export async function recordMigrationsApplied (db: Database): Promise<void> {
  for (const m of migrations) {
    await beginMigration(db, m.version, m.name)
    await finishMigration(db, m.version, m.checksum)
  }
}
