#!/usr/bin/env node
// follow-graph CLI (`npm run cli -- <command>`, or the `follow-graph` bin once built): bulk work straight
// against Neo4j (see scripts/lib/cli-database.ts), with a progress bar on a terminal and plain lines in a pipe.
//   import FILE [--skip-changes]              NDJSON as POST /v1/import takes it (export rows too)
//   export users|edges [--type T] [--after X] NDJSON to stdout (edges: every type unless --type)
//   export lists                              lists, members and subscriptions (import them after users and edges)
//   seed --users N --follows M [--seed S] [--prefix P] [--ndjson]   the deterministic synthetic graph
//   stats                                     users and edges of each type (count store)
//   migrate [--status] [--batch N]            apply the pending migrations (src/migrations.ts), or list them
//   bulk-load FILE... [--data-dir DIR]        offline initial load of an empty database (scripts/lib/bulk-load/)
//   backup FILE / restore FILE                neo4j-admin dump / load of a local instance (scripts/lib/backup.ts)
//   precompute-suggestions [--follow] [--interval S]   who-to-follow: candidates from several generators, ranked by a model trained on the graph
// Options: --instance dev|test|bench (the local instance used when NEO4J_URI is unset; default dev).
import { createReadStream, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { parseArgs } from 'node:util'
import { importNdjson } from '../src/importer.js'
import { ndjsonStream } from '../src/ndjson.js'
import { countOf, exportEdgeLines, exportUsers } from '../src/queries/export.js'
import { exportListLines, listRowCount } from '../src/queries/list-export.js'
import { edgeTypes, type EdgeType } from '../src/schemas/export.js'
import { packageRoot } from '../src/package-root.js'
import { bulkLoad } from './lib/bulk-load/load.js'
import { applySchema, connect, type Connected } from './lib/cli-database.js'
import { backupLocal, restoreLocal } from './lib/backup.js'
import { instances, type LocalInstance } from './lib/local-neo4j.js'
import { progress } from './lib/cli-progress.js'
import { seedGraph, seedNdjson } from './lib/seed.js'
import { migrate, migrationStatus } from '../src/migrations.js'
import { precomputeSuggestions, refreshFromChanges, type FeedPosition } from './lib/precompute-suggestions.js'

const usage = `usage: follow-graph <command> [options]
  import FILE [--skip-changes]                import NDJSON lines (user, follow, request, block, mute, or export rows);
                                              --skip-changes: no change-feed entries (an initial load)
  export users|edges [--type T] [--after X]   NDJSON to stdout; T one of ${edgeTypes.join(', ')}
  export lists                                lists, then members, then subscriptions (import after users and edges)
  seed --users N --follows M [--seed S] [--prefix P] [--ndjson]
                                              --ndjson: the graph as export NDJSON on stdout (no database)
  stats                                       users and edges of each type
  migrate [--status] [--batch N]              apply the pending migrations in order (schema, then data steps
                                              in batches of N; resumes one stopped half-way); safe while the
                                              service runs; --status: each step, applied (with its date) or not
  bulk-load FILE... [--data-dir DIR] [--csv-dir DIR] [--keep-csv] [--threads N]
                                              offline initial load of export NDJSON (users first, then edges)
                                              into the empty neo4j database of the local instance (stopped for
                                              the load, running after) or of a new data directory DIR to ship;
                                              schema and hidden-edge counters included
  backup FILE                                 dump the local instance's database into FILE (neo4j-admin database
                                              dump: the instance is stopped for it and started again)
  restore FILE                                replace the local instance's database with the dump FILE (stopped
                                              for it, running after)
  precompute-suggestions [--follow] [--interval S]
                                              train the suggestion ranker on the graph's newest follows and
                                              store every user's who-to-follow candidates (RECOMMENDATIONS.md;
                                              needs Graph Data Science on the server); --follow: then recompute,
                                              every S seconds (default 60),
                                              the users whose follows the change feed shows changed
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
    'data-dir': { type: 'string' },
    'csv-dir': { type: 'string' },
    'keep-csv': { type: 'boolean' },
    ndjson: { type: 'boolean' },
    threads: { type: 'string' },
    follow: { type: 'boolean' },
    interval: { type: 'string' },
    status: { type: 'boolean' },
    batch: { type: 'string' },
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

/** `seed --ndjson`: the same graph as the export's NDJSON on stdout (a bulk-load input), no database. */
async function writeSeedNdjson (): Promise<void> {
  const generated = seedNdjson({ users: integer('users', opts.users), follows: integer('follows', opts.follows), seed: integer('seed', opts.seed, 1), ...(opts.prefix !== undefined && { prefix: opts.prefix }) })
  const bar = progress('seed', generated.lines, 'lines')
  let lines = 0
  const counted = (async function * () {
    for await (const chunk of generated.chunks) {
      for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) lines++
      bar.update(lines)
      yield chunk
    }
  })()
  await pipeline(counted, process.stdout)
  bar.stop()
  process.stderr.write(JSON.stringify(generated.stats()) + '\n')
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

async function runMigrate ({ db }: Connected): Promise<void> {
  if (opts.status === true) {
    for (const s of await migrationStatus(db)) {
      const when = s.state === 'interrupted'
        ? `started ${new Date(s.startedAt!).toISOString()}, stopped at ${s.done ?? 0}`
        : s.appliedAt !== null ? new Date(s.appliedAt).toISOString() : ''
      process.stdout.write(`${String(s.version).padStart(4)}  ${s.kind.padEnd(6)}  ${s.state.padEnd(11)}  ${when.padEnd(24)}  ${s.name}\n`)
    }
    return
  }
  let bar: ReturnType<typeof progress> | undefined
  let resumedAt = 0
  const applied = await migrate(db, {
    ...(opts.batch !== undefined && { batch: integer('batch', opts.batch) }),
    onBegin: (m, size, resume) => {
      if (resume.done > 0) process.stderr.write(`migration ${m.version}: resuming at ${resume.done}/${size} ${m.unit}\n`)
      bar = progress(`migration ${m.version} (${m.kind})`, size, m.unit)
      resumedAt = resume.done
      bar.update(resumedAt, 0)
    },
    onProgress: (_m, done) => { bar?.update(done, done - resumedAt) },
    onApplied: (m, seconds) => {
      bar?.stop()
      process.stderr.write(`migration ${m.version} applied in ${seconds.toFixed(1)} s: ${m.name}\n`)
    }
  })
  if (applied.length === 0) process.stderr.write('no migration pending\n')
  process.stdout.write(JSON.stringify({ applied }) + '\n')
}

/** The local instance (--instance, default dev) that an offline command works on; NEO4J_URI is refused. */
function offlineInstance (command: string, why: string): LocalInstance {
  if (process.env.NEO4J_URI !== undefined) throw new UsageError(`${command} ${why}, not NEO4J_URI`)
  const local = instances[opts.instance ?? 'dev']
  if (local === undefined) throw new UsageError(`unknown instance '${opts.instance ?? ''}' (one of ${Object.keys(instances).join(', ')})`)
  return local
}

async function runBackupOrRestore (command: 'backup' | 'restore', file: string | undefined): Promise<void> {
  if (file === undefined) throw new UsageError(`${command} needs a FILE`)
  const local = offlineInstance(command, 'works on the store files of a local instance (--instance); for another server use export and import')
  const log = (line: string): void => { process.stderr.write(`${line}\n`) }
  const summary = command === 'backup' ? await backupLocal(local, resolve(file), log) : await restoreLocal(local, resolve(file), log)
  const perMillion = summary.relationships === null || summary.relationships === 0 ? '' : ` (${(summary.seconds / summary.relationships * 1e6).toFixed(1)} s per million edges)`
  process.stderr.write(`${command === 'backup' ? 'dumped' : 'loaded'} ${summary.nodes ?? '?'} nodes and ${summary.relationships ?? '?'} edges, ${summary.bytes} bytes, in ${summary.seconds.toFixed(1)} s${perMillion}\n`)
  process.stdout.write(JSON.stringify(summary) + '\n')
}

async function runBulkLoad (files: string[]): Promise<void> {
  if (files.length === 0) throw new UsageError('bulk-load needs at least one FILE')
  const local = offlineInstance('bulk-load', 'writes store files offline: it loads a local instance (--instance) or a data directory (--data-dir)')
  const dataDir = opts['data-dir']
  const target = dataDir === undefined ? local : { ...instances.load!, dataDir: resolve(dataDir) }
  const summary = await bulkLoad(files.map(file => ({ name: file, input: createReadStream(file, { highWaterMark: 1 << 20 }) })), {
    target,
    total: { bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) },
    csvDir: resolve(opts['csv-dir'] ?? join(packageRoot, '.neo4j', target.name, 'bulk-load-csv')),
    keepCsv: opts['keep-csv'] === true,
    leaveRunning: dataDir === undefined,
    ...(opts.threads !== undefined && { threads: integer('threads', opts.threads) })
  })
  const rate = Math.round(summary.edges / Math.max(0.001, summary.seconds.total))
  process.stderr.write(`loaded ${summary.users} users and ${summary.edges} edges in ${summary.seconds.total} s (${rate} edges/s), refused ${summary.rejectedCount} lines\n`)
  for (const r of summary.rejected.slice(0, 20)) process.stderr.write(`  ${r.file}:${r.line}: ${r.code} ${r.message}\n`)
  if (summary.rejectedCount > 20) process.stderr.write(`  ... ${summary.rejectedCount - 20} more (see the JSON summary)\n`)
  if (dataDir !== undefined) process.stderr.write(`the database is in ${resolve(dataDir)} (databases/neo4j, transactions/neo4j), the server stopped\n`)
  process.stdout.write(JSON.stringify(summary) + '\n')
}

async function runPrecompute ({ db }: Connected): Promise<void> {
  const intervalMs = integer('interval', opts.interval, 60) * 1000
  let position: FeedPosition = { atMs: Date.now(), id: '' }
  const total = await countOf(db, 'users')
  const bar = progress('precompute-suggestions', total, 'users')
  const report = await precomputeSuggestions(db, { onProgress: done => { bar.update(done) } })
  bar.update(total)
  bar.stop()
  process.stdout.write(JSON.stringify(report) + '\n')
  while (opts.follow === true) {
    await new Promise(resolve => setTimeout(resolve, intervalMs))
    const started = Date.now()
    const { next, users } = await refreshFromChanges(db, position, { lagMs: 3000 })
    position = next
    if (users > 0) process.stderr.write(`refreshed ${users} users from the change feed in ${Date.now() - started} ms\n`)
  }
}

async function main (): Promise<void> {
  const [command, arg] = positionals
  if (opts.help === true || command === undefined) {
    process.stdout.write(usage + '\n')
    return
  }
  if (command === 'bulk-load') {
    await runBulkLoad(positionals.slice(1))
    return
  }
  if (command === 'backup' || command === 'restore') {
    await runBackupOrRestore(command, arg)
    return
  }
  if (command === 'seed' && opts.ndjson === true) {
    await writeSeedNdjson()
    return
  }
  if (!['import', 'export', 'seed', 'stats', 'migrate', 'precompute-suggestions'].includes(command)) throw new UsageError(`unknown command '${command}'`)
  if (command === 'import' && arg === undefined) throw new UsageError('import needs a FILE')
  const connection = await connect(opts.instance)
  process.stderr.write(`neo4j: ${connection.where}\n`)
  try {
    if (command === 'import') await runImport(connection, arg!)
    else if (command === 'export') await runExport(connection, arg)
    else if (command === 'seed') await runSeed(connection)
    else if (command === 'migrate') await runMigrate(connection)
    else if (command === 'precompute-suggestions') await runPrecompute(connection)
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
