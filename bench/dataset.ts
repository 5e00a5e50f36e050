// The benchmark's Neo4j (the `bench` instance of scripts/lib/local-neo4j.ts) and its dataset. A marker file
// in the instance's folder records what was loaded; a run asking for the same size and seed reuses it,
// anything else wipes the instance and seeds it again with the generator the CLI's `seed` uses.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import neo4j, { type Driver } from 'neo4j-driver'
import { Database } from '../src/database.js'
import { packageRoot } from '../src/package-root.js'
import { writeQuery } from '../src/queries/cypher.js'
import { instances, startLocalNeo4j, stopLocalNeo4j, wipeLocalNeo4j, type Connection } from '../scripts/lib/local-neo4j.js'
import { seedGraph, type SeedStats } from '../scripts/lib/seed.js'

export const sizes = {
  S: { users: 10_000, follows: 200_000 },
  M: { users: 100_000, follows: 2_000_000 },
  L: { users: 1_000_000, follows: 20_000_000 }
} as const
export type Size = keyof typeof sizes

export const benchInstance = instances.bench!
const markerFile = join(packageRoot, '.neo4j', benchInstance.name, 'dataset.json')
const createUsers = writeQuery('seed/create-users')

export interface Dataset {
  size: Size
  seed: number
  stats: SeedStats
  loadSeconds: number
  loadedAt: string
  /** True when this run found the dataset already loaded. */
  reused: boolean
}

export interface BenchDatabase {
  connection: Connection
  driver: Driver
  db: Database
  dataset: Dataset
}

type Log = (line: string) => void

function readMarker (): Dataset | undefined {
  if (!existsSync(markerFile)) return undefined
  try {
    return JSON.parse(readFileSync(markerFile, 'utf8')) as Dataset
  } catch {
    return undefined
  }
}

export function driverFor (c: Connection): Driver {
  // The service's own driver settings that matter for throughput (plain integers); pool size as the service.
  return neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { disableLosslessIntegers: true })
}

/** Starts the bench instance and makes sure it holds the dataset of `size`/`seed`, loading it if not. */
export async function ensureDataset (size: Size, seed: number, log: Log): Promise<BenchDatabase> {
  const marker = readMarker()
  if (marker !== undefined && marker.size === size && marker.seed === seed) {
    const connection = await startLocalNeo4j(benchInstance)
    const driver = driverFor(connection)
    log(`reusing the ${size} dataset (seed ${seed}) loaded ${marker.loadedAt}`)
    return { connection, driver, db: new Database(driver, 'neo4j'), dataset: { ...marker, reused: true } }
  }
  log(marker === undefined ? 'no dataset loaded: wiping the bench instance' : `dataset is ${marker.size}/seed ${marker.seed}: wiping the bench instance`)
  await stopLocalNeo4j(benchInstance)
  wipeLocalNeo4j(benchInstance)
  const connection = await startLocalNeo4j(benchInstance)
  const driver = driverFor(connection)
  const db = new Database(driver, 'neo4j')
  const { users, follows } = sizes[size]
  log(`seeding ${size}: ${users.toLocaleString('en')} users, ${follows.toLocaleString('en')} follows, seed ${seed}`)
  const started = Date.now()
  let reported = 0
  const stats = await seedGraph(db, { users, follows, seed }, (done, total) => {
    const tenth = Math.floor(done * 10 / total)
    if (tenth > reported) {
      reported = tenth
      const s = (Date.now() - started) / 1000
      log(`  ${done.toLocaleString('en')}/${total.toLocaleString('en')} rows, ${Math.round(done / s).toLocaleString('en')}/s`)
    }
  })
  const dataset: Dataset = { size, seed, stats, loadSeconds: (Date.now() - started) / 1000, loadedAt: new Date().toISOString(), reused: false }
  writeFileSync(markerFile, JSON.stringify(dataset, null, 2))
  log(`seeded in ${dataset.loadSeconds.toFixed(1)} s`)
  return { connection, driver, db, dataset }
}

/** New users for one run's writes (not measured): ids `${prefix}0..n-1`, so every written pair is new. */
export async function createRunUsers (db: Database, prefix: string, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => `${prefix}${i}`)
  const rows = ids.map(id => ({ id, username: id, name: `Bench ${id}`, createdAt: Date.now() }))
  for (let i = 0; i < rows.length; i += 10_000) {
    await db.transaction('WRITE', async tx => { await tx.run(createUsers, { rows: rows.slice(i, i + 10_000) }) })
  }
  return ids
}

const deleteRunUsers = writeQuery('bench/delete-run-users')
const deleteRunChanges = writeQuery('bench/delete-run-changes')

/** Removes a run's own users, their edges and their change-feed entries, in batches. */
export async function removeRunUsers (db: Database, prefix: string): Promise<number> {
  let total = 0
  for (const query of [deleteRunUsers, deleteRunChanges]) {
    for (;;) {
      const [row] = await db.run<{ deleted: number }>(query, { prefix, batch: neo4j.int(1000) })
      if (row === undefined || row.deleted === 0) break
      if (query === deleteRunUsers) total += row.deleted
    }
  }
  return total
}
