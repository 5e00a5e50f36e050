// Prometheus metrics at /metrics: process metrics and a latency histogram per route (fastify-metrics), plus the
// graph's own (`app.graphMetrics`, src/metrics/registry.ts). With METRICS_PORT they are served on that port
// only, by a listener of their own that starts and stops with the app.
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify'
import fp from 'fastify-plugin'
import metrics from 'fastify-metrics'
import { Registry } from 'prom-client'
import { GraphMetrics } from '../../metrics/registry.js'

declare module 'fastify' {
  interface FastifyInstance {
    graphMetrics: GraphMetrics
    /** The listener serving /metrics when METRICS_PORT is set, else null. */
    metricsServer: FastifyInstance | null
  }
}

const schema = {
  tags: ['operations'],
  summary: 'Prometheus metrics (text exposition format)',
  description: 'HTTP and process figures, and the graph\'s: graph_writes_total{kind,outcome,code}, transaction retries, ' +
    'the Neo4j connection pool, Neo4j unreachable, the change feed\'s horizon lag. Served on METRICS_PORT instead when set.',
  security: [],
  response: { 200: { description: 'text/plain; version=0.0.4', content: { 'text/plain': { schema: { type: 'string' } } } } }
}

export default fp(async (app, opts: { host: string, metricsPort?: number }) => {
  // fastify-metrics is CommonJS: its plugin is the module's `default`.
  await app.register(metrics.default, {
    endpoint: null,
    // A fresh registry per app, so tests can build several apps in one process.
    clearRegisterOnInit: true,
    routeMetrics: { routeBlacklist: ['/metrics', '/healthz', '/readyz'] }
  })
  const graphMetrics = new GraphMetrics()
  app.decorate('graphMetrics', graphMetrics)

  const scrape = async (_request: unknown, reply: FastifyReply): Promise<FastifyReply> => {
    const registry = Registry.merge([app.metrics.client.register, graphMetrics.registry])
    return await reply.type(registry.contentType).send(await registry.metrics())
  }

  if (opts.metricsPort === undefined) {
    app.decorate('metricsServer', null)
    app.get('/metrics', { schema, logLevel: 'warn' }, scrape)
    return
  }
  const server = Fastify({ logger: false })
  server.get('/metrics', scrape)
  app.decorate('metricsServer', server)
  app.addHook('onReady', async () => {
    await server.listen({ host: opts.host, port: opts.metricsPort })
    app.log.info({ address: server.server.address() }, 'metrics served apart from the API')
  })
  app.addHook('onClose', async () => { await server.close() })
}, { name: 'metrics' })
