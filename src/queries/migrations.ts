// The migrations' ledger: typed wrappers over cypher/migrations/*.cypher (one :Migration node per step).
import type { Database } from '../database.js'
import { readQuery, writeQuery } from './cypher.js'
import { createSchemaRule } from './schema.js'

const q = {
  constraint: writeQuery('migrations/migration-version-unique'),
  list: readQuery('migrations/migrations'),
  begin: writeQuery('migrations/begin-migration'),
  progress: writeQuery('migrations/note-migration-progress'),
  finish: writeQuery('migrations/finish-migration')
}

/** A step as this database records it (dates in epoch ms; appliedAt null: begun, not finished). */
export interface RecordedMigration {
  version: number
  name: string
  checksum: string | null
  startedAt: number
  appliedAt: number | null
  cursor: string | null
  done: number | null
}

/** Where a step resumes: the last key of its last finished batch (null: the start) and how much was done. */
export interface ResumePoint { cursor: string | null, done: number }

/** The ledger's constraint (made by whichever process comes first), then every recorded step in version order. */
export async function recordedMigrations (db: Database): Promise<RecordedMigration[]> {
  await createSchemaRule(db, q.constraint)
  return await db.run<RecordedMigration>(q.list)
}

export async function beginMigration (db: Database, version: number, name: string): Promise<ResumePoint> {
  const [row] = await db.run<ResumePoint>(q.begin, { version, name })
  return row ?? { cursor: null, done: 0 }
}

export async function noteMigrationProgress (db: Database, version: number, point: ResumePoint): Promise<void> {
  await db.run(q.progress, { version, ...point })
}

export async function finishMigration (db: Database, version: number, checksum: string | null): Promise<void> {
  await db.run(q.finish, { version, checksum })
}
