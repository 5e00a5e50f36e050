#!/usr/bin/env node
// follow-graph CLI (`npm run cli -- <command>`, or the `follow-graph` bin once built): bulk work straight
// against Neo4j (see scripts/lib/cli-database.ts), with a progress bar on a terminal and plain lines in a pipe.
//   import FILE [--skip-changes]              NDJSON as POST /v1/import takes it (export rows too)
//   export users|edges [--type T] [--after X] NDJSON to stdout (edges: every type unless --type)
//   export lists                              lists, members and subscriptions (import them after users and edges)
//   seed --users N --follows M [--seed S] [--prefix P]   the deterministic synthetic graph
//   stats                                     users and edges of each type (count store)
//   backfill-counters                         hidden-edge counters for users from before they existed
// Options: --instance dev|test|bench (the local instance used when NEO4J_URI is unset; default dev).
import { createReadStream, statSync } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { parseArgs } from 'node:util'
import { importNdjson } from '../src/importer.js'
import { ndjsonStream } from '../src/ndjson.js'
import { countOf, exportEdgeLines, exportUsers } from '../src/queries/export.js'
import { exportListLines, listRowCount } from '../src/queries/list-export.js'
import { edgeTypes, type EdgeType } from '../src/schemas/export.js'
import { applySchema, connect, type Connected } from './lib/cli-database.js'
import { progress } from './lib/cli-progress.js'
import { seedGraph } from './lib/seed.js'
import { backfillHiddenCounters } from '../src/queries/users.js'

const usage = `usage: follow-graph <command> [options]
  import FILE [--skip-changes]                import NDJSON lines (user, follow, request, block, mute, or export rows);
                                              --skip-changes: no change-feed entries (an initial load)
  export users|edges [--type T] [--after X]   NDJSON to stdout; T one of ${edgeTypes.join(', ')}
  export lists                                lists, then members, then subscriptions (import after users and edges)
  seed --users N --follows M [--seed S] [--prefix P]
  stats                                       users and edges of each type
  backfill-counters                           give users created before the hidden-edge counters theirs
                                              (safe while the service runs; counts are right either way)
  --instance dev|test|bench                   local Neo4j when NEO4J_URI is unset (default dev)`

class UsageError extends Error {}

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    type: { type: 'string' },
    after: { type: 'string' },
    users: { type: 'string' },
    follows: { type: 'string' },
    seed: { type: 'string' },
    prefix: { type: 'string' },
    instance: { type: 'string' },
    'skip-changes': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
  }
})

const integer = (name: string, value: string | undefined, fallback?: number): number => {
  if (value === undefined && fallback !== undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} needs a whole number`)
  return n
}

async function runImport ({ db }: Connected, file: string): Promise<void> {
  const size = statSync(file).size
  await applySchema(db)
  const bar = progress('import', size, 'bytes', 'lines')
  const started = Date.now()
  let lines = 0
  const summary = await importNdjson(db, createReadStream(file, { highWaterMark: 256 * 1024 }), {
    onProgress: p => { lines = p.lines; bar.update(p.bytes, lines) },
    recordChanges: opts['skip-changes'] !== true
  })
  bar.update(size, lines)
  bar.stop()
  const applied = summary.users + summary.follows + summary.requests + summary.blocks + summary.mutes
  process.stderr.write(`imported ${applied} lines (${Math.round(applied / ((Date.now() - started) / 1000))}/s), refused ${summary.rejectedCount}\n`)
  for (const r of summary.rejected.slice(0, 20)) process.stderr.write(`  line ${r.line}: ${r.code} ${r.message}\n`)
  if (summary.rejectedCount > 20) process.stderr.write(`  ... ${summary.rejectedCount - 20} more (see the JSON summary)\n`)
  process.stdout.write(JSON.stringify(summary) + '\n')
}

async function runExport ({ db }: Connected, what: string | undefined): Promise<void> {
  let rows: AsyncIterable<unknown>
  let total: number
  if (what === 'users') {
    total = await countOf(db, 'users')
    rows = exportUsers(db, opts.after)
  } else if (what === 'edges') {
    const type = opts.type?.toUpperCase()
    if (type !== undefined && !edgeTypes.includes(type as EdgeType)) throw new UsageError(`--type is one of ${edgeTypes.join(', ')}`)
    const types = type === undefined ? edgeTypes : [type as EdgeType]
    const [from, to] = opts.after?.split(',') ?? []
    const after = from !== undefined && to !== undefined ? { from, to } : null
    total = (await Promise.all(types.map(async t => await countOf(db, t)))).reduce((a, b) => a + b, 0)
    rows = (async function * () { for (const t of types) yield * exportEdgeLines(db, t, after) })()
  } else if (what === 'lists') {
    total = await listRowCount(db)
    rows = exportListLines(db)
  } else throw new UsageError('export users, export edges or export lists')
  const bar = progress(`export ${what}`, total, 'rows')
  let done = 0
  const counted = (async function * () {
    for await (const row of rows) {
      const before = done
      if (typeof row === 'string') for (let i = row.indexOf('\n'); i !== -1; i = row.indexOf('\n', i + 1)) done++
      else done++
      if (Math.floor(done / 10_000) > Math.floor(before / 10_000)) bar.update(done)
      yield row
    }
  })()
  // Backpressure end to end: stdout (a file or a pipe) drives the stream, which drives the database cursor.
  await pipeline(await ndjsonStream(counted), process.stdout)
  bar.update(done)
  bar.stop()
}

async function runSeed ({ db }: Connected): Promise<void> {
  const users = integer('users', opts.users)
  const follows = integer('follows', opts.follows)
  const seed = integer('seed', opts.seed, 1)
  const bar = progress('seed', users + follows, 'rows')
  const stats = await seedGraph(db, { users, follows, seed, ...(opts.prefix !== undefined && { prefix: opts.prefix }) }, done => { bar.update(done) })
  bar.update(users + follows)
  bar.stop()
  process.stdout.write(JSON.stringify(stats) + '\n')
}

async function runStats ({ db }: Connected): Promise<void> {
  const entries = await Promise.all((['users', ...edgeTypes] as const).map(async what => [what, await countOf(db, what)] as const))
  process.stdout.write(JSON.stringify(Object.fromEntries(entries)) + '\n')
}

async function runBackfill ({ db }: Connected): Promise<void> {
  const total = await countOf(db, 'users')
  const bar = progress('backfill-counters', total, 'users')
  const { seen, filled } = await backfillHiddenCounters(db, { onStep: seen => { bar.update(seen) } })
  bar.update(total)
  bar.stop()
  process.stdout.write(JSON.stringify({ seen, filled }) + '\n')
}

async function main (): Promise<void> {
  const [command, arg] = positionals
  if (opts.help === true || command === undefined) {
    process.stdout.write(usage + '\n')
    return
  }
  if (!['import', 'export', 'seed', 'stats', 'backfill-counters'].includes(command)) throw new UsageError(`unknown command '${command}'`)
  if (command === 'import' && arg === undefined) throw new UsageError('import needs a FILE')
  const connection = await connect(opts.instance)
  process.stderr.write(`neo4j: ${connection.where}\n`)
  try {
    if (command === 'import') await runImport(connection, arg!)
    else if (command === 'export') await runExport(connection, arg)
    else if (command === 'seed') await runSeed(connection)
    else if (command === 'backfill-counters') await runBackfill(connection)
    else await runStats(connection)
  } finally {
    await connection.close()
  }
}

main().catch((err: unknown) => {
  // A reader that stops early (`| head`) is not a failure.
  if ((err as { code?: unknown }).code === 'EPIPE') process.exit(0)
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  if (err instanceof UsageError) process.stderr.write(usage + '\n')
  process.exit(err instanceof UsageError ? 2 : 1)
})
