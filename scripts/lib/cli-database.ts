// The CLI talks to Neo4j directly, with the service's configuration (NEO4J_URI, NEO4J_USERNAME,
// NEO4J_PASSWORD, NEO4J_DATABASE); with no NEO4J_URI, the project's local instance (dev unless --instance).
import neo4j from 'neo4j-driver'
import { parseEnv } from '../../src/config.js'
import { Database } from '../../src/database.js'
import { instances, startLocalNeo4j } from './local-neo4j.js'

export interface Connected { db: Database, where: string, close: () => Promise<void> }

export async function connect (instanceName = 'dev'): Promise<Connected> {
  const env = parseEnv(process.env)
  let { NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password } = env
  if (uri === undefined) {
    const instance = instances[instanceName]
    if (instance === undefined) throw new Error(`unknown instance '${instanceName}' (one of ${Object.keys(instances).join(', ')})`)
    const local = await startLocalNeo4j(instance)
    ;({ uri, username, password } = local)
  }
  if (password === undefined) throw new Error('NEO4J_PASSWORD is required with NEO4J_URI')
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), { disableLosslessIntegers: true })
  await driver.verifyConnectivity()
  return { db: new Database(driver, env.NEO4J_DATABASE), where: uri, close: async () => { await driver.close() } }
}

/** The service's schema (constraints and indexes), so an import into a fresh database is checked as the API is. */
export { applySchema } from '../../src/queries/schema.js'
