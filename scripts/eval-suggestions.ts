// npm run eval:suggestions -- FILE|synthetic:S|M|L (FILE: OTC's signed CSV, NDJSON or a from<TAB>to edge list) [--holdout 0.1 | --time-split 0.8] [--seed 1] [--users 1000]
//   [--methods a,b] [--keep-instance]
// Scores who-to-follow methods on held-out follows (scripts/lib/eval/evaluate.ts) on the local `eval` Neo4j
// instance: it is wiped and loaded with the kept part of the graph unless it holds this very split already.
// Methods that run in memory (popularity, generator:NAME, ranker: the precompute's pipeline) need no instance:
// with only those, none is started.
// The table goes to stdout and, with the numbers as JSON, to bench/results/.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import neo4j from 'neo4j-driver'
import { Database } from '../src/database.js'
import { packageRoot } from '../src/package-root.js'
import { instances, startLocalNeo4j, stopLocalNeo4j, wipeLocalNeo4j } from './lib/local-neo4j.js'
import { readGraphSource } from './lib/eval/graph-source.js'
import { evaluate, needsDatabase, renderEvaluation, type Evaluation } from './lib/eval/evaluate.js'
import type { Split } from './lib/eval/split.js'

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    holdout: { type: 'string' },
    'time-split': { type: 'string' },
    seed: { type: 'string', default: '1' },
    users: { type: 'string', default: '1000' },
    methods: { type: 'string' },
    'keep-instance': { type: 'boolean', default: false }
  }
})
const log = (line: string): void => { process.stderr.write(`[eval] ${line}\n`) }

function splitOf (): Split {
  if (args.holdout !== undefined && args['time-split'] !== undefined) throw new Error('give --holdout or --time-split, not both')
  if (args['time-split'] !== undefined) {
    const train = Number(args['time-split'])
    if (!(train > 0 && train < 1)) throw new Error('--time-split takes the share of follows kept, between 0 and 1')
    return { kind: 'time', train }
  }
  const share = Number(args.holdout ?? 0.1)
  if (!(share > 0 && share < 1)) throw new Error('--holdout takes the share of each user\'s follows held out, between 0 and 1')
  return { kind: 'holdout', share }
}

async function main (): Promise<void> {
  const source = positionals[0]
  if (source === undefined) throw new Error('usage: npm run eval:suggestions -- FILE|synthetic:S|M|L [--holdout 0.1 | --time-split 0.8] [--seed N] [--users N]')
  const split = splitOf()
  const seed = Number(args.seed)
  const users = Number(args.users)
  if (!Number.isInteger(seed) || !Number.isInteger(users) || users < 1) throw new Error('--seed and --users take integers (--users >= 1)')
  const graph = await readGraphSource(source, seed)

  const only = args.methods?.split(',')
  const options = { log, ...(only !== undefined && { only }) }
  if (!needsDatabase(only)) {
    // Popularity and the ranker's pipeline run in memory on the kept graph: no database to load.
    report(await evaluate({ db: undefined, graph, split, seed, users, prefix: '', load: false, ...options }))
    return
  }
  const instance = instances.eval!
  const marker = join(packageRoot, '.neo4j', instance.name, 'evaluation.json')
  const key = JSON.stringify({ source, split, seed })
  const loaded = existsSync(marker) && readFileSync(marker, 'utf8') === key
  if (!loaded) {
    log('wiping the eval instance')
    await stopLocalNeo4j(instance)
    wipeLocalNeo4j(instance)
  }
  const c = await startLocalNeo4j(instance)
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { disableLosslessIntegers: true })
  const db = new Database(driver, 'neo4j')
  try {
    const result = await evaluate({ db, graph, split, seed, users, prefix: '', load: !loaded, ...options })
    // After `served` the instance holds :Suggestions, which friends-of-friends would read: loaded afresh next time.
    if (only?.includes('served') === true) rmSync(marker, { force: true })
    else writeFileSync(marker, key)
    report(result)
  } finally {
    await db.close()
    if (!args['keep-instance']) await stopLocalNeo4j(instance)
  }
}

/** The table to stdout and, with the numbers as JSON, to bench/results/. */
function report (result: Evaluation): void {
  const table = renderEvaluation(result)
  process.stdout.write(table + '\n')
  const dir = join(packageRoot, 'bench', 'results')
  mkdirSync(dir, { recursive: true })
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  writeFileSync(join(dir, `eval-${stamp}.md`), table + '\n')
  writeFileSync(join(dir, `eval-${stamp}.json`), JSON.stringify(result, null, 2))
  log(`written to bench/results/eval-${stamp}.{md,json}`)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
})
