// One driver per process: created here, shared through `app.db`, closed when the app closes.
// The schema (cypher/schema/*.cypher) is applied at start; if Neo4j is not reachable yet, the plugin keeps
// trying in the background and /readyz answers 503 until it has succeeded.
import fp from 'fastify-plugin'
import neo4j from 'neo4j-driver'
import { Database, isUnavailable } from '../../database.js'
import { readQuery } from '../../queries/cypher.js'
import { applySchema } from '../../queries/schema.js'
import type { AppConfig } from '../../config.js'

const ping = readQuery('ops/ping')

declare module 'fastify' {
  interface FastifyInstance {
    db: Database
    /** Resolves to null when Neo4j answers and the schema is applied, else to the reason it is not ready. */
    readiness: () => Promise<string | null>
  }
}

export default fp(async (app, opts: { config: AppConfig }) => {
  const { uri, username, password, database } = opts.config.neo4j
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), {
    disableLosslessIntegers: true,
    // Fail fast when Neo4j is away, so routes answer 503 instead of hanging (driver defaults are 60 s / 30 s).
    // Transactions are retried by src/database.ts (transient errors only), not by the driver.
    connectionAcquisitionTimeout: 3_000,
    connectionTimeout: 1_000,
    logging: { level: 'warn', logger: (level, message) => { app.log[level === 'error' ? 'error' : 'warn']({ neo4j: true }, message) } }
  })
  const db = new Database(driver, database, {
    onCircuitChange: state => {
      if (state === 'open') app.log.warn('neo4j unreachable: requests fail fast (503) until it answers again')
      if (state === 'close') app.log.info('neo4j reachable again')
    }
  })
  let schemaApplied = false
  let retry: NodeJS.Timeout | undefined
  let closing = false

  const tryApplySchema = async (): Promise<void> => {
    try {
      await applySchema(db)
      schemaApplied = true
      app.log.info('neo4j schema applied')
    } catch (err) {
      if (closing) return
      if (!isUnavailable(err)) throw err
      app.log.warn({ err }, 'neo4j unreachable; retrying schema in 2s')
      retry = setTimeout(() => { tryApplySchema().catch(e => { app.log.error({ err: e }, 'schema failed') }) }, 2_000)
      retry.unref()
    }
  }

  app.decorate('db', db)
  app.decorate('readiness', async () => {
    if (!schemaApplied) return 'schema not applied yet'
    try {
      await db.run(ping)
      return null
    } catch (err) {
      return err instanceof Error ? err.message : String(err)
    }
  })
  app.addHook('onReady', tryApplySchema)
  app.addHook('onClose', async () => {
    closing = true
    if (retry !== undefined) clearTimeout(retry)
    await db.close()
  })
}, { name: 'neo4j' })
