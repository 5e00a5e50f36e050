// The benchmark's Neo4j (the `bench` instance of scripts/lib/local-neo4j.ts) and its dataset. A marker file
// in the instance's folder records what was loaded; a run asking for the same size and seed reuses it,
// anything else wipes the instance and loads it again with the generator the CLI's `seed` uses: through
// Cypher batches, or (XL, or --bulk-load) as NDJSON through the offline bulk load.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import neo4j, { type Driver } from 'neo4j-driver'
import { Database } from '../src/database.js'
import { packageRoot } from '../src/package-root.js'
import { readQuery, writeQuery } from '../src/queries/cypher.js'
import type { ListOp } from '../src/queries/write-kinds.js'
import { applyWrites } from '../src/queries/writes.js'
import { instances, startLocalNeo4j, stopLocalNeo4j, wipeLocalNeo4j, type Connection } from '../scripts/lib/local-neo4j.js'
import { bulkLoad, type BulkLoadSummary } from '../scripts/lib/bulk-load/load.js'
import { prng, seedGraph, seedNdjson, type SeedStats } from '../scripts/lib/seed.js'

export const sizes = {
  S: { users: 10_000, follows: 200_000 },
  M: { users: 100_000, follows: 2_000_000 },
  L: { users: 1_000_000, follows: 20_000_000 },
  // Loaded offline (bulk-load); its store is larger than the page cache, so reads partly come from disk.
  XL: { users: 5_000_000, follows: 50_000_000 }
} as const
export type Size = keyof typeof sizes
/** Sizes always loaded with the bulk load (the others seed through Cypher unless asked to bulk-load). */
const bulkSizes: ReadonlySet<Size> = new Set(['XL'])

export const benchInstance = instances.bench!
const markerFile = join(packageRoot, '.neo4j', benchInstance.name, 'dataset.json')
const createUsers = writeQuery('seed/create-users')

export interface Dataset {
  size: Size
  seed: number
  stats: SeedStats
  loadSeconds: number
  /** How it was loaded: Cypher batches (seed) or the offline bulk load, with its steps' seconds. */
  loader?: 'seed' | 'bulk-load'
  bulkLoadSeconds?: BulkLoadSummary['seconds']
  /** Bytes of the store and indexes (databases/neo4j) after the load, to compare with the page cache. */
  storeBytes?: number
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

/** Bytes of the files under `dir` (the database's store and indexes). */
function bytesUnder (dir: string): number {
  if (!existsSync(dir)) return 0
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(e => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0)
}

/** The seeded graph of `size` through the offline bulk load (into the stopped, wiped bench instance). */
async function bulkLoadDataset (size: Size, seed: number, log: Log): Promise<{ stats: SeedStats, seconds: BulkLoadSummary['seconds'] }> {
  const { users, follows } = sizes[size]
  const generated = seedNdjson({ users, follows, seed })
  log(`bulk-loading ${size}: ${users.toLocaleString('en')} users, ${follows.toLocaleString('en')} follows, seed ${seed}`)
  const summary = await bulkLoad([{ name: `seed ${size}/${seed}`, input: generated.chunks }], {
    target: benchInstance,
    total: { lines: generated.lines },
    csvDir: join(packageRoot, '.neo4j', `${benchInstance.name}-csv`)
  })
  if (summary.rejectedCount > 0) throw new Error(`the generated graph had ${summary.rejectedCount} refused lines: ${JSON.stringify(summary.rejected.slice(0, 3))}`)
  return { stats: generated.stats(), seconds: summary.seconds }
}

/**
 * Starts the bench instance and makes sure it holds the dataset of `size`/`seed`, loading it if not: through
 * Cypher batches (the CLI's seed), or the offline bulk load for XL and when `bulk` is set.
 */
export async function ensureDataset (size: Size, seed: number, log: Log, bulk = false): Promise<BenchDatabase> {
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
  const started = Date.now()
  const useBulk = bulk || bulkSizes.has(size)
  let bulkSeconds: BulkLoadSummary['seconds'] | undefined
  let stats: SeedStats
  if (useBulk) ({ stats, seconds: bulkSeconds } = await bulkLoadDataset(size, seed, log))
  const connection = await startLocalNeo4j(benchInstance)
  const driver = driverFor(connection)
  const db = new Database(driver, 'neo4j')
  if (!useBulk) {
    const { users, follows } = sizes[size]
    log(`seeding ${size}: ${users.toLocaleString('en')} users, ${follows.toLocaleString('en')} follows, seed ${seed}`)
    let reported = 0
    stats = await seedGraph(db, { users, follows, seed }, (done, total) => {
      const tenth = Math.floor(done * 10 / total)
      if (tenth > reported) {
        reported = tenth
        const s = (Date.now() - started) / 1000
        log(`  ${done.toLocaleString('en')}/${total.toLocaleString('en')} rows, ${Math.round(done / s).toLocaleString('en')}/s`)
      }
    })
  }
  const storeBytes = bytesUnder(join(packageRoot, '.neo4j', benchInstance.name, 'data', 'databases', 'neo4j'))
  const dataset: Dataset = {
    size,
    seed,
    stats: stats!,
    loadSeconds: (Date.now() - started) / 1000,
    loader: useBulk ? 'bulk-load' : 'seed',
    ...(bulkSeconds !== undefined && { bulkLoadSeconds: bulkSeconds }),
    storeBytes,
    loadedAt: new Date().toISOString(),
    reused: false
  }
  writeFileSync(markerFile, JSON.stringify(dataset, null, 2))
  log(`loaded (${dataset.loader}) in ${dataset.loadSeconds.toFixed(1)} s; store and indexes ${(storeBytes / 2 ** 30).toFixed(2)} GiB, page cache ${benchInstance.pagecache}`)
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

/** The block list scenario's accounts (bench/scenarios.ts, blockListScenarios; run.ts, the add-member write). */
export interface BlockListFixtures {
  owner: string
  list: string
  members: number
  subscribers: number
  /** An ordinary subscriber and an ordinary member (counts): random users of the dataset, like the rest. */
  subscriber: string
  member: string
  /** A celebrity subscribing to the list, and the next celebrity, which does not (followers page 1 of each). */
  celebritySubscriber: { id: string, followers: number }
  celebrityPeer: { id: string, followers: number }
  /** Ordinary users on neither side of the list, in a random order (new members for the add-member write). */
  candidates: string[]
}

const blockListMarker = join(packageRoot, '.neo4j', benchInstance.name, 'block-list.json')
const getList = readQuery('user-lists/get-list')

/**
 * A moderation list of min(10,000, users / 10) members with as many subscribers (disjoint random ordinary
 * users, and the second celebrity among the subscribers), built once per dataset through the write path
 * (members first, then the subscriptions, 1,000 ops a transaction), so the hidden-edge counters are kept as
 * live writes keep them. A marker next to the dataset's records it; a run finding it reuses the list.
 */
export async function ensureBlockList (db: Database, stats: SeedStats, seed: number, log: Log): Promise<BlockListFixtures> {
  const owner = `${stats.prefix}${stats.celebrities.length + 5}`
  const list = 'bench-blocklist'
  const size = Math.min(10_000, Math.floor(stats.users / 10))
  const rand = prng(seed + 7)
  const ordinary = Array.from({ length: stats.users - stats.celebrities.length }, (_, i) => `${stats.prefix}${stats.celebrities.length + i}`)
    .filter(id => id !== owner)
  for (let i = ordinary.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[ordinary[i], ordinary[j]] = [ordinary[j]!, ordinary[i]!]
  }
  const members = ordinary.slice(0, size)
  const celebritySubscriber = stats.celebrities[1] ?? stats.celebrities[0]!
  const subscribers = [celebritySubscriber.id, ...ordinary.slice(size, 2 * size - 1)]
  const fixtures: BlockListFixtures = {
    owner,
    list,
    members: members.length,
    subscribers: subscribers.length,
    subscriber: subscribers[1]!,
    member: members[0]!,
    celebritySubscriber,
    celebrityPeer: stats.celebrities[2] ?? stats.celebrities[0]!,
    candidates: ordinary.slice(2 * size)
  }
  const marker = existsSync(blockListMarker) ? JSON.parse(readFileSync(blockListMarker, 'utf8')) as { seed: number, users: number, members: number, subscribers: number } : undefined
  const [found] = await db.run<{ memberCount: number }>(getList, { owner, list })
  if (marker !== undefined && marker.seed === seed && marker.users === stats.users && found?.memberCount === members.length) {
    log(`reusing the block list ${owner}/${list}: ${members.length.toLocaleString('en')} members, ${subscribers.length.toLocaleString('en')} subscribers`)
    return fixtures
  }
  log(`building the block list ${owner}/${list}: ${members.length.toLocaleString('en')} members, ${subscribers.length.toLocaleString('en')} subscribers`)
  const started = Date.now()
  const ops: ListOp[] = [
    { kind: 'deleteList', id: owner, owner, list },
    { kind: 'putList', id: owner, owner, list, name: 'Bench block list', purpose: 'moderation', description: '' },
    ...members.map((member): ListOp => ({ kind: 'addMember', id: owner, owner, list, member })),
    ...subscribers.map((id): ListOp => ({ kind: 'subscribe', type: 'block', id, owner, list }))
  ]
  // The list's own writes first (one batch each), then 1,000 ops a transaction.
  for (const op of ops.slice(0, 2)) await db.transaction('WRITE', async tx => await applyWrites(tx, [op], false))
  for (let i = 2; i < ops.length; i += 1000) await db.transaction('WRITE', async tx => await applyWrites(tx, ops.slice(i, i + 1000), false))
  writeFileSync(blockListMarker, JSON.stringify({ seed, users: stats.users, members: members.length, subscribers: subscribers.length }))
  log(`block list built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return fixtures
}

/** Takes the add-member scenario's new members off the list again, through the write path. */
export async function removeFromBlockList (db: Database, f: BlockListFixtures, added: string[]): Promise<void> {
  for (let i = 0; i < added.length; i += 1000) {
    const ops = added.slice(i, i + 1000).map((member): ListOp => ({ kind: 'removeMember', id: f.owner, owner: f.owner, list: f.list, member }))
    await db.transaction('WRITE', async tx => await applyWrites(tx, ops, false))
  }
}
