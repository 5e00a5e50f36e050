// The schema (cypher/schema/*.cypher: constraints and indexes), applied idempotently: the first migration
// (src/migrations.ts) and the CLI before an import, one statement after another; over a store just loaded
// offline (the bulk load), at once.
import { createHash } from 'node:crypto'
import type { Database } from '../database.js'
import { folderQueries, readQuery, type Query } from './cypher.js'

const schemaStatements = folderQueries('schema')
const indexPopulation = readQuery('ops/index-population')

/** The schema's statements (their number, and a digest that changes when one is added or changed). */
export const schema = {
  statements: schemaStatements.length,
  checksum: createHash('sha256').update(schemaStatements.map(s => s.text).join('\n;\n')).digest('hex').slice(0, 16)
}

/** Another process created the same rule between our IF NOT EXISTS check and our create: that is success. */
const concurrentlyCreated = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists'
])

/** Runs one `CREATE ... IF NOT EXISTS` statement; the same rule made by another process meanwhile is success. */
export async function createSchemaRule (db: Database, statement: Query): Promise<void> {
  try {
    await db.run(statement)
  } catch (err) {
    if (!concurrentlyCreated.has(String((err as { code?: unknown }).code))) throw err
  }
}

/** Creates what is missing, then waits (up to `awaitSeconds`) until every index is online. */
export async function applySchema (db: Database, { awaitSeconds = 300, onStatement }: {
  awaitSeconds?: number
  /** After each statement, awaited, with how many are done. */
  onStatement?: (done: number) => void | Promise<void>
} = {}): Promise<void> {
  for (const [i, statement] of schemaStatements.entries()) {
    await createSchemaRule(db, statement)
    await onStatement?.(i + 1)
  }
  await awaitIndexesOnline(db, awaitSeconds)
}

/**
 * The schema over a store loaded offline, before anything else uses it: every index in one transaction, which
 * returns at once (Neo4j populates the indexes created together in the background, in one scan of the store),
 * and meanwhile the constraints one after another (each returns when its own index is populated; two created
 * at once deadlock on the schema locks); then every index awaited online, up to `awaitSeconds`.
 */
export async function applySchemaAtOnce (db: Database, { awaitSeconds }: { awaitSeconds: number }): Promise<void> {
  const isIndex = (s: Query): boolean => /^CREATE INDEX /m.test(s.text)
  await db.transaction('WRITE', async tx => {
    for (const statement of schemaStatements.filter(isIndex)) await tx.run(statement)
  })
  for (const statement of schemaStatements.filter(s => !isIndex(s))) await createSchemaRule(db, statement)
  await awaitIndexesOnline(db, awaitSeconds)
}

/**
 * Waits (up to `awaitSeconds`) until every index is online. Polled, not db.awaitIndexes: that waits inside a
 * transaction, which the transaction timeout ends after 30 s (a large store's indexes take longer).
 */
async function awaitIndexesOnline (db: Database, awaitSeconds: number): Promise<void> {
  const deadline = Date.now() + awaitSeconds * 1000
  for (;;) {
    const indexes = await db.run<{ name: string, state: string }>(indexPopulation)
    const failed = indexes.find(i => i.state === 'FAILED')
    if (failed !== undefined) throw new Error(`index ${failed.name} failed to populate (SHOW INDEXES; the server's debug.log says why)`)
    if (indexes.every(i => i.state === 'ONLINE')) return
    if (Date.now() > deadline) throw new Error(`indexes still populating after ${awaitSeconds} s`)
    await new Promise(resolve => setTimeout(resolve, 1000))
  }
}
