// npm start: validate the configuration; with no NEO4J_URI, start the project's own local Neo4j (and, with
// no JWT key, a development secret); then serve.
import { ConfigError, configFromEnv, parseEnv } from '../src/config.js'
import { ensureDevSecret, devSecretFile } from './lib/dev-secret.js'
import { instances, startLocalNeo4j } from './lib/local-neo4j.js'

async function main (): Promise<void> {
  const env = parseEnv(process.env)
  if (env.NEO4J_URI === undefined) {
    const local = await startLocalNeo4j(instances.dev!)
    env.NEO4J_URI = local.uri
    env.NEO4J_USERNAME = local.username
    env.NEO4J_PASSWORD = local.password
    console.error(`Local Neo4j at ${local.uri}; Neo4j Browser: ${local.browser} (user neo4j, password in .neo4j/dev/password)`)
    if (env.JWT_SECRET === undefined && env.JWT_PUBLIC_KEY === undefined) {
      const { secret, created } = ensureDevSecret('jwt')
      env.JWT_SECRET = secret
      console.error(`No JWT key configured: using the development secret in ${devSecretFile('jwt')}${created ? ' (new)' : ''}; get a token with npm run token`)
    }
    if (env.CURSOR_SECRET === undefined) {
      const { secret, created } = ensureDevSecret('cursor')
      env.CURSOR_SECRET = secret
      console.error(`No CURSOR_SECRET configured: using the development secret in ${devSecretFile('cursor')}${created ? ' (new)' : ''}`)
    }
  }
  const config = configFromEnv(env)
  // Loaded only once the configuration is valid: a bad value is reported as one line whatever the routes do.
  const { startServer } = await import('../src/server.js')
  await startServer(config)
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError || !(err instanceof Error) ? String(err instanceof Error ? err.message : err) : `start-up failed: ${err.message}`)
  process.exit(1)
})
