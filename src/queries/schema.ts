// The schema (cypher/schema/*.cypher: constraints and indexes), applied idempotently by the service at start
// and by the CLI before an import.
import type { Database } from '../database.js'
import { folderQueries, writeQuery } from './cypher.js'

const schemaStatements = folderQueries('schema')
const awaitIndexes = writeQuery('ops/await-indexes')

/** Another process created the same rule between our IF NOT EXISTS check and our create: that is success. */
const concurrentlyCreated = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists'
])

/** Creates what is missing, then waits (up to `awaitSeconds`) until every index is online. */
export async function applySchema (db: Database, { awaitSeconds = 300 } = {}): Promise<void> {
  for (const statement of schemaStatements) {
    try {
      await db.run(statement)
    } catch (err) {
      if (!concurrentlyCreated.has(String((err as { code?: unknown }).code))) throw err
    }
  }
  await db.run(awaitIndexes, { seconds: awaitSeconds })
}
