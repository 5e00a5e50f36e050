// One driver per process: created here, shared through `app.db`, closed when the app closes.
// Pending migrations (src/migrations.ts) are applied at start: the schema steps before serving, the data steps
// awaited up to `migrationWaitMs` (10 s) and then finished in the background. /readyz answers 503 until all are
// applied; if Neo4j is not reachable yet, the plugin keeps trying in the background.
import fp from 'fastify-plugin'
import neo4j from 'neo4j-driver'
import { Database, isUnavailable } from '../../database.js'
import { readQuery } from '../../queries/cypher.js'
import { migrate } from '../../migrations.js'
import type { AppConfig } from '../../config.js'

const ping = readQuery('ops/ping')

declare module 'fastify' {
  interface FastifyInstance {
    db: Database
    /** Resolves to null when Neo4j answers and every migration is applied, else to the reason it is not ready. */
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
  let notReady: string | null = 'migrations not applied yet'
  let retry: NodeJS.Timeout | undefined
  let background: Promise<void> | undefined
  const closing = new AbortController()
  const waitMs = opts.config.migrationWaitMs ?? 10_000

  const retryLater = (err: unknown): void => {
    app.log.warn({ err }, 'neo4j unreachable; retrying the migrations in 2s')
    retry = setTimeout(() => { tryMigrate().catch(e => { app.log.error({ err: e }, 'migrations failed') }) }, 2_000)
    retry.unref()
  }
  const migrateInBackground = async (): Promise<void> => {
    try {
      const applied = await migrate(db, {
        signal: closing.signal,
        onBegin: (m, size, resume) => {
          notReady = `migration ${m.version} (${m.name}) running`
          app.log.info({ migration: m.version, size, resumedAt: resume.done }, `migration ${m.version} (${m.name}): ${resume.done > 0 ? `resuming at ${resume.done}` : 'starting'}, ${size} ${m.unit}`)
        },
        onApplied: (m, seconds) => { app.log.info({ migration: m.version, seconds }, `migration ${m.version} (${m.name}) applied`) }
      })
      notReady = null
      if (applied.length > 0) app.log.info({ applied }, 'migrations applied')
    } catch (err) {
      if (closing.signal.aborted) return
      if (isUnavailable(err)) return retryLater(err)
      notReady = `migration failed: ${err instanceof Error ? err.message : String(err)}`
      app.log.error({ err }, 'migration failed')
    }
  }
  const tryMigrate = async (): Promise<void> => {
    try {
      // The constraints before any write is served; index population of a large store may take minutes.
      await migrate(db, { leadingSchemaOnly: true })
    } catch (err) {
      if (closing.signal.aborted) return
      if (!isUnavailable(err)) throw err
      return retryLater(err)
    }
    background = migrateInBackground()
    let waited: NodeJS.Timeout | undefined
    await Promise.race([background, new Promise<void>(resolve => { waited = setTimeout(resolve, waitMs) })])
    clearTimeout(waited)
    if (notReady !== null) app.log.warn(`${notReady}: serving meanwhile, /readyz answers 503 until the migrations are applied`)
  }

  app.decorate('db', db)
  app.decorate('readiness', async () => {
    if (notReady !== null) return notReady
    try {
      await db.run(ping)
      return null
    } catch (err) {
      return err instanceof Error ? err.message : String(err)
    }
  })
  app.addHook('onReady', tryMigrate)
  app.addHook('onClose', async () => {
    closing.abort()
    if (retry !== undefined) clearTimeout(retry)
    // A data step stops after its current batch; the next start resumes it.
    await background
    await db.close()
  })
}, { name: 'neo4j' })
