// Prometheus metrics at /metrics: process metrics plus a latency histogram per route.
import fp from 'fastify-plugin'
import metrics from 'fastify-metrics'

export default fp(async app => {
  // fastify-metrics is CommonJS: its plugin is the module's `default`.
  await app.register(metrics.default, {
    endpoint: '/metrics',
    // A fresh registry per app, so tests can build several apps in one process.
    clearRegisterOnInit: true,
    routeMetrics: { routeBlacklist: ['/metrics', '/healthz', '/readyz'] }
  })
}, { name: 'metrics' })
