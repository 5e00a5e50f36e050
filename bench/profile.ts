// PROFILE one of the service's statements on the bench instance, with the same text the service runs:
//   npx tsx bench/profile.ts <query-name> '<params as JSON>' [--explain]   (JSON integers are sent as integers)
// Prints each operator with its rows and db hits (the tree, indented), then the totals.
import neo4j, { type ProfiledPlan, type Plan } from 'neo4j-driver'
import { readQuery } from '../src/queries/cypher.js'
import { instances, startLocalNeo4j } from '../scripts/lib/local-neo4j.js'

function print (plan: ProfiledPlan | Plan, depth = 0): { hits: number } {
  const p = plan as Partial<ProfiledPlan> & Plan
  const details = String(p.arguments?.Details ?? '')
  const stats = p.rows !== undefined ? ` rows=${p.rows} dbHits=${p.dbHits ?? 0}` : ''
  console.log(`${'  '.repeat(depth)}${p.operatorType}${stats}  ${details}`)
  let hits = p.dbHits ?? 0
  for (const child of p.children) hits += print(child, depth + 1).hits
  return { hits }
}

async function main (): Promise<void> {
  const [name, json = '{}', mode] = process.argv.slice(2)
  if (name === undefined) throw new Error("usage: bench/profile.ts <query-name> '<params JSON>' [--explain]")
  const c = await startLocalNeo4j(instances.bench!)
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { disableLosslessIntegers: true })
  try {
    const prefix = mode === '--explain' ? 'EXPLAIN ' : 'PROFILE '
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ })
    const started = Date.now()
    // JSON integers go as Cypher integers (LIMIT needs one; JS numbers otherwise travel as floats).
    const params = JSON.parse(json, (_key, v: unknown) => typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v) as Record<string, unknown>
    const result = await session.run(prefix + readQuery(name).text, params)
    const ms = Date.now() - started
    await session.close()
    const plan = result.summary.profile !== false ? result.summary.profile : result.summary.plan
    if (plan === false) throw new Error('no plan returned')
    const { hits } = print(plan)
    console.log(`rows returned: ${result.records.length}, total db hits: ${hits}, ${ms} ms (profiling included)`)
  } finally {
    await driver.close()
  }
}

main().catch((err: unknown) => { console.error(err instanceof Error ? err.message : String(err)); process.exit(1) })
