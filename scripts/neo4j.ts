// npm run neo4j:fetch | neo4j:start | neo4j:stop [-- --instance dev|test]
// npm run neo4j:start-local: npm start's first step, beside the build: the dev instance, unless NEO4J_URI names a
// server to use instead (scripts/start.ts then finds it running). "Names" as start.ts reads it: parseEnv.
import { parseEnv } from '../src/config.js'
import { fetchNeo4j, instances, startLocalNeo4j, stopLocalNeo4j } from './lib/local-neo4j.js'

const [command, ...rest] = process.argv.slice(2)
const flag = rest.indexOf('--instance')
const name = flag >= 0 ? rest[flag + 1] : 'dev'
const instance = name === undefined ? undefined : instances[name]

async function main (): Promise<void> {
  if (instance === undefined) throw new Error(`unknown instance '${String(name)}' (one of ${Object.keys(instances).join(', ')})`)
  switch (command) {
    case 'fetch':
      fetchNeo4j()
      break
    case 'start': {
      const c = await startLocalNeo4j(instance)
      console.log(`Neo4j ${instance.name}: ${c.uri} (user ${c.username}, password in .neo4j/${instance.name}/password), Browser ${c.browser}`)
      break
    }
    case 'start-local':
      if (parseEnv(process.env).NEO4J_URI === undefined) await startLocalNeo4j(instances.dev!)
      break
    case 'stop':
      await stopLocalNeo4j(instance)
      break
    default:
      throw new Error('usage: neo4j.ts fetch|start|start-local|stop [--instance dev|test]')
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
})
