// The offline initial load (`follow-graph bulk-load`): NDJSON -> CSV (csv-files.ts, which also counts the
// hidden-edge counters) -> `neo4j-admin database import full` into an empty database of a stopped local server
// -> the server started on it, the service's schema applied at once (constraints and indexes, populated from
// the store together) and the counters of the users with a hidden edge set, so the service starts on the
// result as on a graph made through the API.
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import neo4j from 'neo4j-driver'
import { Database } from '../../../src/database.js'
import { readQuery } from '../../../src/queries/cypher.js'
import { applySchemaAtOnce } from '../../../src/queries/schema.js'
import { recordMigrationsApplied } from '../../../src/migrations.js'
import { setHiddenCountersAfterLoad } from '../../../src/queries/users.js'
import type { EdgeType } from '../../../src/schemas/export.js'
import { progress } from '../cli-progress.js'
import { cpuSeconds, hasLocalDatabase, importIntoLocalNeo4j, localNeo4jRunning, startLocalNeo4j, stopLocalNeo4j, type LocalInstance } from '../local-neo4j.js'
import { convertToCsv, type BulkRejection, type Counts, type Source } from './csv-files.js'

export interface BulkLoadOptions {
  /** The local server whose `neo4j` database is loaded (its data directory may be a given one: dataDir). */
  target: LocalInstance
  /** The sources' size for the progress bar: bytes (files), or lines (a generated source). */
  total: { bytes: number } | { lines: number }
  /** Where the CSV files are written (removed at the end unless keepCsv). */
  csvDir: string
  keepCsv?: boolean
  /** Parsing threads (default: the machine's cores). */
  threads?: number
  /** Leave the server running at the end (default true; false for a data directory to ship). */
  leaveRunning?: boolean
  /** Heap of the import tool's JVM (default 1g); the tool sizes its off-heap caches itself. */
  importHeap?: string
  log?: (line: string) => void
}

export interface BulkLoadSummary extends Counts {
  /** Edges in the database (a pair given on two lines is one edge). */
  edges: number
  rejected: BulkRejection[]
  rejectedCount: number
  /** Wall-clock seconds of each step (server: starting it after the import, and stopping it when asked). */
  seconds: { convert: number, import: number, schema: number, counters: number, server: number, total: number }
  /** CPU seconds of the conversion (this process, its threads), of the import tool and of the server's schema step (where /proc tells). */
  cpuSeconds: { convert: number, import?: number, schema?: number }
}

export class TargetNotEmpty extends Error {}

const countNodes = readQuery('ops/count-nodes')
const indexPopulation = readQuery('ops/index-population')

async function withDatabase<T> (instance: LocalInstance, work: (db: Database) => Promise<T>): Promise<T> {
  const c = await startLocalNeo4j(instance)
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { disableLosslessIntegers: true })
  try {
    return await work(new Database(driver, 'neo4j'))
  } finally {
    await driver.close()
  }
}

/**
 * Refuses a target whose `neo4j` database holds anything. A store that exists is asked (the server started if
 * it is not running); one that does not exist yet is empty. The server is stopped afterwards: the import
 * tool writes the store files itself.
 */
async function ensureEmptyAndStopped (target: LocalInstance): Promise<void> {
  if (hasLocalDatabase(target)) {
    const nodes = await withDatabase(target, async db => (await db.run<{ nodes: number }>(countNodes))[0]?.nodes ?? 0)
    if (nodes > 0) {
      throw new TargetNotEmpty(`the neo4j database of ${target.dataDir ?? `the ${target.name} instance`} holds ${nodes} nodes: ` +
        'bulk-load loads an empty database only (use import to add to a graph)')
    }
  }
  if (localNeo4jRunning(target)) await stopLocalNeo4j(target)
}

/** The import tool's arguments for the CSV files. */
function importArgs (files: { nodes: string, relationships: Partial<Record<EdgeType, string>>, multiline: boolean }, csvDir: string): string[] {
  return [
    `--nodes=User=${files.nodes}`,
    ...Object.entries(files.relationships).map(([type, path]) => `--relationships=${type}=${path}`),
    // Only the users' file can hold a quoted line break (a name); reading every file that way is slower.
    ...(files.multiline ? ['--multiline-fields-format=v2', `--multiline-fields=${files.nodes}`] : []),
    // The target was checked empty above; the tool refuses an existing (even empty) store without this.
    '--overwrite-destination=true',
    `--report-file=${join(csvDir, 'import.report')}`
  ]
}

/** Turns the import tool's stage headers and percentage lines into progress bars. */
function importProgress (log: (line: string) => void): { line: (text: string) => void, end: () => void } {
  let bar: ReturnType<typeof progress> | undefined
  return {
    line: text => {
      const stage = /^\((\d)\/(\d)\) (.+?) \d{4}-\d\d-\d\d/.exec(text)
      const percent = /(\d+)% ∆/.exec(text)
      if (stage !== null) {
        bar?.stop()
        bar = progress(`neo4j-admin ${stage[1]}/${stage[2]} ${stage[3]!.toLowerCase()}`, 100, '%', '%')
      } else if (percent !== null) bar?.update(Number(percent[1]))
      else if (/COMPLETED|IMPORT DONE|^Imported:|^\s+\d+ (nodes|relationships|properties)$/.test(text)) {
        bar?.stop()
        bar = undefined
        if (!/COMPLETED/.test(text)) log(`neo4j-admin: ${text.trim()}`)
      }
    },
    end: () => { bar?.stop() }
  }
}

/** Creates the schema over the loaded store, showing the indexes' population. */
async function applySchemaWithProgress (db: Database): Promise<void> {
  const bar = progress('schema (index population)', 100, '%', '%')
  let done = false
  const watch = (async () => {
    while (!done) {
      await new Promise(resolve => setTimeout(resolve, 1000))
      const rows = await db.run<{ populationPercent: number }>(indexPopulation).catch(() => [])
      // Below 100 until the last index exists and is online (the constraints are created one by one).
      if (rows.length > 0) bar.update(Math.min(99, Math.floor(rows.reduce((s, r) => s + r.populationPercent, 0) / rows.length)))
    }
  })()
  try {
    // Index population scales with the store: a day is a bound, not an expectation.
    await applySchemaAtOnce(db, { awaitSeconds: 86_400 })
  } finally {
    done = true
    await watch
    bar.update(100)
    bar.stop()
  }
}

export async function bulkLoad (sources: Source[], o: BulkLoadOptions): Promise<BulkLoadSummary> {
  const log = o.log ?? ((line: string) => { process.stderr.write(line + '\n') })
  const started = Date.now()
  const seconds = { convert: 0, import: 0, schema: 0, counters: 0, server: 0, total: 0 }
  const lap = (from: number): number => Math.round((Date.now() - from) / 100) / 10

  await ensureEmptyAndStopped(o.target)
  mkdirSync(o.csvDir, { recursive: true })
  try {
    let step = Date.now()
    const cpuBefore = process.cpuUsage()
    const byLines = 'lines' in o.total
    const total = 'lines' in o.total ? o.total.lines : o.total.bytes
    const bar = progress('convert', total, byLines ? 'lines' : 'bytes', 'lines')
    let lines = 0
    const files = await convertToCsv(sources, {
      dir: o.csvDir,
      ...(o.threads !== undefined && { threads: o.threads }),
      onProgress: p => { lines = p.lines; bar.update(byLines ? p.lines : p.bytes, p.lines) }
    })
    bar.update(byLines ? lines : total, lines)
    bar.stop()
    seconds.convert = lap(step)
    const used = process.cpuUsage(cpuBefore)
    const cpu: BulkLoadSummary['cpuSeconds'] = { convert: Math.round((used.user + used.system) / 1e5) / 10 }
    log(`converted ${lines} lines: ${files.counts.users} users, ${files.edges} edges, ${files.rejectedCount} lines refused (${seconds.convert} s, CPU ${cpu.convert} s)`)

    step = Date.now()
    const childrenBefore = cpuSeconds('children')
    const shown = importProgress(log)
    try {
      await importIntoLocalNeo4j(o.target, importArgs(files, o.csvDir), shown.line, o.importHeap)
    } finally {
      shown.end()
    }
    seconds.import = lap(step)
    const childrenAfter = cpuSeconds('children')
    if (childrenBefore !== undefined && childrenAfter !== undefined) cpu.import = Math.round((childrenAfter - childrenBefore) * 10) / 10
    log(`neo4j-admin import: ${seconds.import} s${cpu.import === undefined ? '' : `, CPU ${cpu.import} s`}`)

    step = Date.now()
    await withDatabase(o.target, async db => {
      seconds.server = lap(step)
      step = Date.now()
      const serverBefore = cpuSeconds(o.target)
      await applySchemaWithProgress(db)
      seconds.schema = lap(step)
      const serverAfter = cpuSeconds(o.target)
      if (serverBefore !== undefined && serverAfter !== undefined) cpu.schema = Math.round((serverAfter - serverBefore) * 10) / 10
      log(`schema: ${seconds.schema} s${cpu.schema === undefined ? '' : `, CPU ${cpu.schema} s`} (server started in ${seconds.server} s)`)
      step = Date.now()
      const set = await setHiddenCountersAfterLoad(db, files.hidden)
      seconds.counters = lap(step)
      log(`hidden-edge counters (counted in the conversion): set on ${set} users (${seconds.counters} s)`)
      // The store is this release's: no migration left for the service's start.
      await recordMigrationsApplied(db)
    })
    if (o.leaveRunning === false) {
      step = Date.now()
      await stopLocalNeo4j(o.target)
      seconds.server = Math.round((seconds.server + lap(step)) * 10) / 10
    }
    seconds.total = lap(started)
    return { ...files.counts, edges: files.edges, rejected: files.rejected, rejectedCount: files.rejectedCount, seconds, cpuSeconds: cpu }
  } finally {
    if (o.keepCsv !== true) rmSync(o.csvDir, { recursive: true, force: true })
  }
}
