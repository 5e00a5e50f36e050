// `app.graphDataScience`: whether the Neo4j server has Graph Data Science, asked once Neo4j answers and logged
// at start-up. Suggestions read candidates that a GDS job precomputed (scripts/cli.ts precompute-suggestions);
// without GDS (or before the job ran for a user) they come from friends of friends, so the service answers
// either way.
import fp from 'fastify-plugin'
import { isUnavailable } from '../../database.js'
import { gdsVersion } from '../../queries/recommendations.js'

declare module 'fastify' {
  interface FastifyInstance {
    graphDataScience: {
      /** GDS's version, or null without it; asked once (again after a failure to reach Neo4j). */
      version: () => Promise<string | null>
    }
  }
}

const retryMs = 2_000

export default fp(async app => {
  let known: Promise<string | null> | undefined
  let retry: NodeJS.Timeout | undefined
  const version = async (): Promise<string | null> => {
    known ??= gdsVersion(app.db)
    try {
      return await known
    } catch (err) {
      known = undefined
      throw err
    }
  }

  const report = async (): Promise<void> => {
    try {
      const v = await version()
      if (v === null) app.log.info({ gds: null }, 'graph data science absent: suggestions from friends of friends and popular users')
      else app.log.info({ gds: v }, `graph data science ${v} present: suggestions from precomputed candidates where the job has run`)
    } catch (err) {
      if (!isUnavailable(err)) {
        app.log.error({ err }, 'graph data science check failed')
        return
      }
      retry = setTimeout(() => { void report() }, retryMs)
      retry.unref()
    }
  }

  app.decorate('graphDataScience', { version })
  app.addHook('onReady', async () => { void report() })
  app.addHook('onClose', async () => { if (retry !== undefined) clearTimeout(retry) })
}, { name: 'graph-data-science', dependencies: ['neo4j'] })
