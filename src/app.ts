// The application as a function of its configuration: used by the server entry (src/server.ts) and the tests.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import { defaultMaxInFlight, type AppConfig } from './config.js'
import { validatorCompiler } from './validator.js'
import auth from './plugins/external/auth.js'
import bookmarks from './plugins/external/bookmarks.js'
import errors, { frameworkErrors } from './plugins/external/errors.js'
import loadShedding from './plugins/external/load-shedding.js'
import metrics from './plugins/external/metrics.js'
import neo4j from './plugins/external/neo4j.js'
import rateLimit from './plugins/external/rate-limit.js'
import swagger from './plugins/external/swagger.js'
import usersRepository from './plugins/app/users-repository.js'
import mutesRepository from './plugins/app/mutes-repository.js'
import requestsRepository from './plugins/app/requests-repository.js'
import cursors from './plugins/app/cursors.js'
import graphRepository from './plugins/app/graph-repository.js'
import writePath from './plugins/app/write-path.js'
import relationshipWrites from './plugins/app/relationship-writes.js'
import userListsRepository from './plugins/app/user-lists-repository.js'
import access from './plugins/app/access.js'
import ops from './routes/ops.js'
import opsGuide from './routes/ops-guide.js'
import users from './routes/v1/users.js'
import mutes from './routes/v1/mutes.js'
import followRequests from './routes/v1/follow-requests.js'
import knownFollowers from './routes/v1/known-followers.js'
import follows from './routes/v1/follows.js'
import blocks from './routes/v1/blocks.js'
import lists from './routes/v1/network-pages.js'
import userLists from './routes/v1/user-lists.js'
import listSubscriptions from './routes/v1/list-subscriptions.js'
import lookups from './routes/v1/lookups.js'
import exportRoutes from './routes/v1/export.js'
import exportListRoutes from './routes/v1/export-lists.js'
import importRoutes from './routes/v1/import.js'
import changes from './routes/v1/changes.js'
import suggestions from './routes/v1/suggestions.js'
import similar from './routes/v1/similar.js'
import opsSuggestions from './routes/v1/ops-suggestions.js'
import changeFeed from './plugins/app/change-feed.js'
import graphDataScience from './plugins/app/graph-data-science.js'
import graphMetrics from './plugins/app/graph-metrics.js'

export interface BuildOptions {
  config: AppConfig
  logger?: FastifyServerOptions['logger']
}

/** JSON request bodies are small; NDJSON imports are streamed and not bound by this. */
export const bodyLimit = 64 * 1024

const secretQuery = /([?&][^=&]*(?:token|jwt|secret|password|key|auth)[^=&]*=)[^&]*/gi

/** The service's log settings (tests add a `stream`): credentials never reach the log, even in a query string. */
export function loggerOptions (level: string) {
  return {
    level,
    redact: ['req.headers.authorization'],
    serializers: {
      req: (req: { method: string, url: string, host?: string, ip?: string }) =>
        ({ method: req.method, url: req.url.replace(secretQuery, '$1[Redacted]'), host: req.host, remoteAddress: req.ip })
    }
  }
}

export async function buildApp ({ config, logger }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? loggerOptions(config.logLevel),
    bodyLimit,
    // Long enough that an over-long id is refused by validation (400), not by the router (404).
    routerOptions: { maxParamLength: 512 },
    frameworkErrors,
    forceCloseConnections: 'idle',
    // Applying the schema at start (onReady) may take longer than Fastify's default 10 s on a busy machine.
    pluginTimeout: 60_000
  }).withTypeProvider<TypeBoxTypeProvider>()
  // TypeBox validation: bodies are checked as sent (no coercion, unknown fields refused); querystrings and
  // params are converted ("10" -> 10) first.
  app.setValidatorCompiler(validatorCompiler)
  // JSON only (and the NDJSON import, which registers its own parser): a text body is 415, not a string.
  app.removeContentTypeParser('text/plain')

  await app.register(errors)
  await app.register(swagger)
  await app.register(metrics, { host: config.host, metricsPort: config.metricsPort })
  // First of the request hooks after the metrics' own: a shed request costs no token check and no query.
  await app.register(loadShedding, { maxInFlight: config.maxInFlight ?? defaultMaxInFlight })
  await app.register(neo4j, { config })
  await app.register(bookmarks)
  await app.register(auth, { jwt: config.jwt })
  await app.register(rateLimit, { rateLimit: config.rateLimit })
  await app.register(usersRepository)
  await app.register(cursors, { config })
  await app.register(changeFeed, { config })
  await app.register(graphMetrics, { config })
  await app.register(writePath)
  await app.register(relationshipWrites)
  await app.register(userListsRepository)
  await app.register(graphRepository)
  await app.register(mutesRepository)
  await app.register(requestsRepository)
  await app.register(graphDataScience)

  await app.register(ops)
  await app.register(opsGuide, { prefix: '/ops/guide', database: config.neo4j.database })
  await app.register(async v1 => {
    // Every request of the scope is authenticated and checked against its route's access rule.
    await v1.register(access)
    await v1.register(users)
    await v1.register(follows)
    await v1.register(blocks)
    await v1.register(lists)
    await v1.register(userLists)
    await v1.register(listSubscriptions)
    await v1.register(lookups)
    await v1.register(mutes)
    await v1.register(followRequests)
    await v1.register(knownFollowers)
    await v1.register(exportRoutes, config.streams)
    await v1.register(exportListRoutes, config.streams)
    await v1.register(importRoutes)
    await v1.register(changes, config.streams)
    await v1.register(suggestions)
    await v1.register(similar)
    await v1.register(opsSuggestions)
  }, { prefix: '/v1' })
  return app
}
