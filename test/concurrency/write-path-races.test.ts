// The one write path under real concurrency: an import and live API writes (follow, unfollow, block, unblock,
// remove-follower, mute) on overlapping random pairs at the same time. Afterwards: no FOLLOWS beside a BLOCKS
// the same way, hidden-edge counters equal to a recount, and the change feed is the history of the graph:
// replayed in feed (commit) order, every entry changes something (none is lost or doubled: a doubled entry
// would change nothing the second time) and the replay ends in exactly the graph Neo4j holds.
import neo4j from 'neo4j-driver'
import t from 'tap'
import { connectionOf, instances } from '../../scripts/lib/local-neo4j.js'
import { readQuery } from '../../src/queries/cypher.js'
import { admin, as, build, createUsers, uid, until } from '../helper.js'
import { overSocket } from '../graph-helper.js'

/** mulberry32: a seeded generator, so a failing run can be replayed. */
function random (seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6D2B79F5) | 0
    let x = Math.imul(a ^ (a >>> 15), 1 | a)
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
}

interface Change { type: string, actor: string, target: string | null }

/** The graph as sets of 'a>b' per edge type, changed by one feed entry; false when the entry changes nothing. */
function replay (g: Record<'FOLLOWS' | 'BLOCKS' | 'MUTES' | 'REQUESTED', Set<string>>, c: Change): boolean {
  const a = c.actor
  const b = c.target ?? ''
  const ab = `${a}>${b}`
  const ba = `${b}>${a}`
  const add = (type: keyof typeof g, key: string): boolean => !g[type].has(key) && g[type].add(key) !== undefined
  const del = (type: keyof typeof g, key: string): boolean => g[type].delete(key)
  switch (c.type) {
    case 'follow': { const added = add('FOLLOWS', ab); del('REQUESTED', ab); return added }
    case 'follow.requested': return add('REQUESTED', ab)
    case 'unfollow': { const f = del('FOLLOWS', ab); const r = del('REQUESTED', ab); return f || r }
    case 'follower.removed': return del('FOLLOWS', ba)
    case 'block': { const added = add('BLOCKS', ab); del('FOLLOWS', ab); del('REQUESTED', ab); del('REQUESTED', ba); return added }
    case 'unblock': return del('BLOCKS', ab)
    case 'mute': return add('MUTES', ab)
    case 'unmute': return del('MUTES', ab)
    case 'follow.accepted': { const r = del('REQUESTED', ba); add('FOLLOWS', ba); return r }
    // The users' own creation, which may still be arriving when the race starts.
    case 'user.created': return true
    default: return false
  }
}

// A busy machine: more than the default file timeout.
t.setTimeout(400_000)

t.test('an import racing live writes on the same pairs: no FOLLOWS beside a BLOCKS, exact counters, the feed replays to the graph', async t => {
  t.setTimeout(300_000)
  const app = await build(t, { changes: { retentionMs: 7 * 86_400_000, lagMs: 300 } })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  const request = overSocket(base)
  const rnd = random(20261128)
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const p = uid('wp')
  const users = await createUsers(app, Array.from({ length: 10 }, (_, i) => `${p}_${i}`))
  const start = (await app.inject({ url: '/v1/changes/latest', headers: admin() })).json<{ next: string }>().next
  const pair = (): [string, string] => {
    const a = pick(users)
    let b = pick(users)
    while (b === a) b = pick(users)
    return [a, b]
  }

  // The import: 3,000 follow, block and mute lines on random pairs of the same users (many small batches:
  // a batch relates each pair once).
  const lines = Array.from({ length: 3_000 }, () => {
    const [from, to] = pair()
    const kind = rnd() < 0.6 ? 'follow' : rnd() < 0.7 ? 'block' : 'mute'
    return JSON.stringify({ [kind]: { from, to } })
  }).join('\n')
  const importing = fetch(`${base}/v1/import`, { method: 'POST', headers: { ...admin(), 'content-type': 'application/x-ndjson' }, body: lines })
    .then(async res => { t.equal(res.status, 200, 'the import answered'); return await res.json() as { rejectedCount: number } })

  // Live writers at the same time.
  const live = [
    ['PUT', 'following'], ['DELETE', 'following'], ['PUT', 'blocks'], ['DELETE', 'blocks'], ['DELETE', 'followers'], ['PUT', 'mutes']
  ] as const
  const answers: number[] = []
  await Promise.all(Array.from({ length: 6 }, async () => {
    for (let i = 0; i < 120; i++) {
      const [a, b] = pair()
      const [method, path] = pick([...live])
      answers.push((await request(method, `/v1/users/${a}/${path}/${b}`, as(a))).status)
    }
  }))
  const summary = await importing
  t.same(answers.filter(s => s >= 500), [], `${answers.length} live writes, none failed (refusals are 4xx)`)
  t.comment(`import refused ${summary.rejectedCount} of 3,000 lines (blocked pairs)`)

  const c = connectionOf(instances.test!)
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { disableLosslessIntegers: true })
  t.teardown(async () => { await driver.close() })
  const { records } = await driver.executeQuery(readQuery('testing/edges-among').text, { ids: users })
  const graph = { FOLLOWS: new Set<string>(), BLOCKS: new Set<string>(), MUTES: new Set<string>(), REQUESTED: new Set<string>() }
  for (const r of records) {
    for (const e of r.get('edges') as Array<{ type: keyof typeof graph, n: number }>) {
      t.equal(e.n, 1, `one ${e.type} edge ${r.get('a') as string} -> ${r.get('b') as string}`)
      graph[e.type].add(`${r.get('a') as string}>${r.get('b') as string}`)
    }
  }
  t.same([...graph.FOLLOWS].filter(k => graph.BLOCKS.has(k)), [], 'no FOLLOWS beside a BLOCKS the same way')
  const counters = (await driver.executeQuery(readQuery('testing/hidden-counters').text, { ids: users })).records.map(r => r.toObject())
  t.same(counters.filter(x => x.storedFollowers !== x.trueFollowers || x.storedFollowing !== x.trueFollowing), [], 'hidden counters equal a recount')

  // The feed from before the race until it has caught up with the graph (it holds back its newest 300 ms).
  const userSet = new Set(users)
  const model = { FOLLOWS: new Set<string>(), BLOCKS: new Set<string>(), MUTES: new Set<string>(), REQUESTED: new Set<string>() }
  const idle: string[] = []
  const same = (): boolean => (Object.keys(graph) as Array<keyof typeof graph>).every(k => graph[k].size === model[k].size && [...graph[k]].every(x => model[k].has(x)))
  let cursor = start
  await until(async () => {
    const page = (await app.inject({ url: '/v1/changes', query: { after: cursor, limit: '1000' }, headers: admin() })).json<{ items: Change[], next: string }>()
    for (const change of page.items) {
      if (!userSet.has(change.actor) || (change.target !== null && !userSet.has(change.target))) continue
      if (!replay(model, change)) idle.push(`${change.type} ${change.actor} ${change.target ?? ''}`)
    }
    cursor = page.next
    return same()
  }, 30_000, 200)
  t.same(idle, [], 'every feed entry changed the graph (none doubled, none out of commit order)')
  const diff = (Object.keys(graph) as Array<keyof typeof graph>).flatMap(k => [
    ...[...graph[k]].filter(x => !model[k].has(x)).map(x => `${k} ${x} in Neo4j, not in the replay`),
    ...[...model[k]].filter(x => !graph[k].has(x)).map(x => `${k} ${x} in the replay, not in Neo4j`)
  ])
  t.same(diff, [], 'replaying the feed in order gives exactly the graph Neo4j holds')
})
