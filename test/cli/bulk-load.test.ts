// The offline bulk load against its own Neo4j instance (`bulk`, wiped before and after): an export of a graph
// made through the API, loaded by `bulk-load` into the empty instance and by the live import into the test
// instance under other ids, gives the same users, edges, counts and hidden-edge counters, and the same answer
// for bad lines; a second bulk load into the now non-empty instance is refused and changes nothing. A generated
// graph (blocks before and after the follows they hide), loaded in the same file, gets the hidden-edge counters its
// edges give. One load serves both: each load costs a neo4j-admin import and a server start.
import { execFile } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { FastifyInstance } from 'fastify'
import neo4j from 'neo4j-driver'
import t, { type Test } from 'tap'
import { connectionOf, instances, stopLocalNeo4j, wipeLocalNeo4j } from '../../scripts/lib/local-neo4j.js'
import { readQuery } from '../../src/queries/cypher.js'
import { seedNdjson } from '../../scripts/lib/seed.js'
import { admin, as, build, createUsers, script, service, testConfig, uid } from '../helper.js'

// Two server starts, an import and index population: minutes on a busy machine.
t.setTimeout(600_000)

const bulk = instances.bulk!
const run = promisify(execFile)
const { NEO4J_URI: _uri, ...env } = process.env
const cli = async (...args: string[]): Promise<{ stdout: string, stderr: string }> =>
  await run(process.execPath, [...script('cli'), ...args], { env, maxBuffer: 64 * 1024 * 1024 })
const hiddenCounters = readQuery('testing/hidden-counters')
const countNodes = readQuery('ops/count-nodes')

/** The export's NDJSON lines (users, then each edge type) of the users whose ids start with `prefix`. */
async function exportLines (app: FastifyInstance, prefix: string): Promise<string[]> {
  const lines: string[] = []
  for (const url of ['/v1/export/users', ...['FOLLOWS', 'BLOCKS', 'MUTES', 'REQUESTED'].map(type => `/v1/export/edges?type=${type}`)]) {
    const res = await app.inject({ url, headers: admin() })
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
    lines.push(...res.body.split('\n').filter(l => l.startsWith(`{"id":"${prefix}`) || l.startsWith(`{"from":"${prefix}`)))
  }
  return lines
}

/** A small graph through the API: private users, odd names, mutual follows, requests, mutes, blocks beside follows. */
async function makeGraph (app: FastifyInstance, p: string): Promise<string[]> {
  const ids = Array.from({ length: 12 }, (_, i) => `${p}_${i}`)
  await createUsers(app, ids.slice(0, 8))
  await createUsers(app, ids.slice(8, 10), { private: true })
  await createUsers(app, [ids[10]!], { name: 'Zoë "Z", of\nthe line' })
  await createUsers(app, [ids[11]!], { name: '', hideNetwork: true, discoverable: false })
  const put = async (url: string, actor: string, payload?: object): Promise<void> => {
    const res = await app.inject({ method: 'PUT', url, headers: as(actor), ...(payload !== undefined && { payload }) })
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  }
  // Everyone follows the next three (so 8 and 9, private, get requests), plus a few mutual pairs.
  for (let i = 0; i < ids.length; i++) {
    for (let k = 1; k <= 3; k++) await put(`/v1/users/${ids[i]!}/following/${ids[(i + k) % ids.length]!}`, ids[i]!)
  }
  // 3 blocks 2, who follows 3: that follow stays, hidden (3's hiddenFollowers, 2's hiddenFollowing).
  await put(`/v1/users/${ids[3]!}/blocks/${ids[2]!}`, ids[3]!)
  await put(`/v1/users/${ids[5]!}/blocks/${ids[4]!}`, ids[5]!)
  await put(`/v1/users/${ids[0]!}/mutes/${ids[6]!}`, ids[0]!)
  await put(`/v1/users/${ids[1]!}/mutes/${ids[7]!}`, ids[1]!, { until: '2999-01-01T00:00:00.000Z' })
  return ids
}

interface Snapshot { lines: string[], counts: unknown[], counters: unknown[] }

async function snapshot (app: FastifyInstance, prefix: string, ids: string[]): Promise<Snapshot> {
  const counts: unknown[] = []
  for (const id of ids) counts.push((await app.inject({ url: `/v1/users/${id}/counts`, headers: service('graph:read') })).json())
  const rows = await app.db.run<{ id: string, storedFollowers: number, storedFollowing: number }>(hiddenCounters, { ids })
  return { lines: await exportLines(app, prefix), counts, counters: rows.map(r => [r.id, r.storedFollowers, r.storedFollowing]) }
}

/** The bulk instance stopped and wiped before the test and after it, with the test's time bound for a load. */
async function onWipedInstance (t: Test): Promise<void> {
  t.setTimeout(600_000)
  await stopLocalNeo4j(bulk)
  wipeLocalNeo4j(bulk)
  t.teardown(async () => {
    await stopLocalNeo4j(bulk)
    wipeLocalNeo4j(bulk)
  })
}

/** The generated graph's lines: 600 users, 6,000 follows, celebrities that block some of their own followers. */
async function generatedGraph (prefix: string): Promise<{ text: string, follows: number, blocks: number }> {
  // The generator writes each user's follows then its blocks: a block comes after the follow it hides when the
  // follower's index is lower, before it when higher.
  const generated = seedNdjson({ users: 600, follows: 6_000, seed: 5, celebrities: 3, blockRate: 0.2, prefix })
  let text = ''
  for await (const chunk of generated.chunks) text += chunk
  const { follows, blocks } = generated.stats()
  return { text, follows, blocks }
}

t.test('bulk-load of an export equals the live import of it; hidden-edge counters; a non-empty target is refused', async t => {
  await onWipedInstance(t)
  const live = await build(t)
  const made = uid('bm')
  await makeGraph(live, made)
  // The same graph under other ids (same length, so usernames stay valid) for the live import to create anew.
  const p = uid('bl')
  const ids = Array.from({ length: 12 }, (_, i) => `${p}_${i}`)
  const bad = [
    'not json',
    JSON.stringify({ follow: { from: ids[0], to: ids[0] } }),
    JSON.stringify({ follow: { from: ids[0], to: `${p}_nobody` } }),
    JSON.stringify({ user: { id: `${p}_x`, username: `${p}_1`.toUpperCase() } })
  ]
  const lines = [...(await exportLines(live, made)).map(l => l.replaceAll(made, p)), ...bad]
  t.ok(lines.length > 45, `${lines.length} lines`)
  const prefix = `${uid('bh')}_`
  const generated = await generatedGraph(prefix)
  const file = join(tmpdir(), `${p}.ndjson`)
  writeFileSync(file, lines.join('\n') + '\n' + generated.text)
  t.teardown(() => { rmSync(file, { force: true }) })

  const imported = await live.inject({ method: 'POST', url: '/v1/import', headers: { ...admin(), 'content-type': 'application/x-ndjson' }, payload: lines.join('\n') + '\n' })
  t.equal(imported.statusCode, 200)
  const liveSummary = imported.json()

  const loaded = await cli('bulk-load', file, '--instance', 'bulk')
  const summary = JSON.parse(loaded.stdout)
  t.match(loaded.stderr, /^convert: \d+\/\d+ bytes \(100%\)/m, 'progress lines')
  t.same(
    summary.rejected.map((r: { line: number, code: string }) => [r.line, r.code]),
    liveSummary.rejected.map((r: { line: number, code: string }) => [r.line, r.code]),
    'the same bad lines, by number and code'
  )
  t.same(summary.rejected.map((r: { line: number }) => r.line), [lines.length - 3, lines.length - 2, lines.length - 1, lines.length])
  t.match(summary, {
    users: liveSummary.users + 600,
    follows: liveSummary.follows + generated.follows,
    blocks: liveSummary.blocks + generated.blocks,
    mutes: liveSummary.mutes,
    requests: liveSummary.requests,
    rejectedCount: bad.length
  }, 'the generated graph loaded whole beside it')

  const c = connectionOf(bulk)
  const loadedApp = await build(t, { neo4j: { ...testConfig().neo4j, uri: c.uri, password: c.password } })
  t.equal((await loadedApp.inject('/readyz')).statusCode, 200, 'the service starts on the loaded database')
  const expected = await snapshot(live, p, ids)
  const actual = await snapshot(loadedApp, p, ids)
  t.equal(actual.lines.length, lines.length - bad.length, 'every exported row is there')
  t.same(actual.lines, expected.lines, 'the same users and edges (export of each)')
  t.same(actual.counts, expected.counts, 'the same counts for every user')
  t.same(actual.counters, expected.counters, 'the same hidden-edge counters')
  t.ok(actual.counters.some(r => (r as number[])[1] === 1) && actual.counters.some(r => (r as number[])[2] === 1), 'hidden edges are counted')

  // The generated graph: every user's hidden-edge counters, loaded from the conversion, equal its hidden follows.
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { disableLosslessIntegers: true })
  t.teardown(async () => { await driver.close() })
  const generatedIds = Array.from({ length: 600 }, (_, i) => `${prefix}${i}`)
  const { records } = await driver.executeQuery(hiddenCounters.text, { ids: generatedIds })
  const rows = records.map(r => r.toObject() as { id: string, storedFollowers: number, storedFollowing: number, trueFollowers: number, trueFollowing: number })
  t.equal(rows.length, 600)
  t.same(rows.filter(r => r.storedFollowers !== r.trueFollowers || r.storedFollowing !== r.trueFollowing), [], 'every user\'s counters equal its hidden follows')
  t.ok(rows.filter(r => r.trueFollowers > 0).length > 3, 'hidden follows of several users')

  // And the API works on it: a new follow, listed.
  const follow = await loadedApp.inject({ method: 'PUT', url: `/v1/users/${ids[0]!}/following/${ids[5]!}`, headers: as(ids[0]!) })
  t.equal(follow.statusCode, 201)

  // Refusal: the instance now holds a graph.
  const nodes = async (): Promise<number> => (await driver.executeQuery(countNodes.text)).records[0]!.get('nodes') as number
  const before = await nodes()
  const again = await cli('bulk-load', file, '--instance', 'bulk').catch((err: { code: number, stderr: string }) => err)
  t.match(again, { code: 1, stderr: /holds \d+ nodes: bulk-load loads an empty database only/ })
  t.equal(await nodes(), before, 'nothing changed')
})
