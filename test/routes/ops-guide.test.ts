// The operators' guide for Neo4j Browser (/ops/guide) and its style: what Browser fetches (cross-origin, with a
// preflight), and every query of the guide run against the test database on a graph made through the API.
import escapeHtml from 'escape-html'
import neo4j, { type Driver } from 'neo4j-driver'
import t from 'tap'
import { connectionOf, instances } from '../../scripts/lib/local-neo4j.js'
import { folderQueries } from '../../src/queries/cypher.js'
import { guideQueries } from '../../src/queries/guide.js'
import { as, build, createUsers, uid } from '../helper.js'

const runnables = (html: string): string[] => [...html.matchAll(/<pre class="runnable">([\s\S]*?)<\/pre>/g)].map(m => m[1]!)

t.test('the guide: a slide per query, each runnable as its .cypher file has it, and the commands to start', async t => {
  const app = await build(t)
  const res = await app.inject({ url: '/ops/guide', headers: { host: 'graph.example:3000' } })
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^text\/html/)
  t.match(res.body, /<title>Follow-graph operations<\/title>/)
  t.equal(res.body.match(/<slide /g)?.length, guideQueries.length + 1, 'a first slide, then one per query')
  t.ok(guideQueries.length >= 9, `${guideQueries.length} queries`)
  const blocks = runnables(res.body)
  t.same(blocks.slice(0, 3), [':use neo4j', escapeHtml(':params {id: "alice", other: "bob"}'), ':style http://graph.example:3000/ops/guide/style.grass'])
  t.same(blocks.slice(3), guideQueries.map(q => escapeHtml(q.statement)), 'every query, HTML-escaped, in file order')
  for (const q of guideQueries) {
    t.notOk(q.statement.startsWith('//'), `${q.name}: the statement without its comment`)
    t.ok(res.body.includes(`<h3>${escapeHtml(q.title)}</h3>`), `${q.name}: titled "${q.title}"`)
  }
  t.same(guideQueries.map(q => q.title).filter(title => /neighbourhood|Most followed|Hidden follows|between two users|newest entries|Indexes|Constraints/.test(title)).length, 7,
    'the queries operators need')
})

t.test('Browser fetches the guide and the style cross-origin: the preflight is answered, for these routes only', async t => {
  const app = await build(t)
  const origin = 'http://127.0.0.1:7474'
  for (const url of ['/ops/guide', '/ops/guide/style.grass']) {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url,
      headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'pragma,cache-control' }
    })
    t.equal(preflight.statusCode, 204, `${url}: preflight`)
    t.equal(preflight.headers['access-control-allow-origin'], '*')
    t.match(preflight.headers['access-control-allow-headers'], /pragma/)
    const get = await app.inject({ url, headers: { origin, pragma: 'no-cache', 'cache-control': 'no-cache' } })
    t.equal(get.statusCode, 200)
    t.equal(get.headers['access-control-allow-origin'], '*')
  }
  const api = await app.inject({ method: 'OPTIONS', url: '/v1/users/x', headers: { origin, 'access-control-request-method': 'GET' } })
  t.not(api.headers['access-control-allow-origin'], '*', 'the API itself stays closed to other origins')
})

t.test('the style: captions and colours for users and every edge type, in GraSS', async t => {
  const app = await build(t)
  const res = await app.inject('/ops/guide/style.grass')
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^text\/plain/)
  const rules = Object.fromEntries([...res.body.matchAll(/^([\w.]+) \{\n([\s\S]*?)^\}/gm)].map(m => [m[1]!,
    Object.fromEntries(m[2]!.split(';').map(d => d.split(':').map(s => s.trim())).filter(d => d.length === 2 && d[0] !== ''))]))
  for (const selector of ['node.User', 'relationship.FOLLOWS', 'relationship.REQUESTED', 'relationship.BLOCKS', 'relationship.MUTES', 'node.List', 'relationship.OWNS']) {
    t.match(rules[selector], { color: /^#[0-9A-F]{6}$/, caption: /^"(\{\w+\}|<type>)"$/ }, selector)
  }
  t.equal(rules['node.User']?.caption, '"{username}"', 'users by username')
  const colours = ['FOLLOWS', 'REQUESTED', 'BLOCKS', 'MUTES'].map(type => rules[`relationship.${type}`]?.color)
  t.equal(new Set(colours).size, 4, 'each edge type its own colour')
})

/** Runs one guide query as Browser would (auto-commit, the database's default routing) with the guide's parameters. */
async function run (driver: Driver, name: string, params: Record<string, unknown>): Promise<Array<Record<string, any>>> {
  const q = guideQueries.find(g => g.name === name)
  if (q === undefined) throw new Error(`no guide query ${name}`)
  const session = driver.session({ database: 'neo4j' })
  try {
    return (await session.run(q.statement, params)).records.map(r => r.toObject())
  } finally {
    await session.close()
  }
}

t.test('every query of the guide runs against the test database and shows what it says', async t => {
  const app = await build(t)
  const c = connectionOf(instances.test!)
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { disableLosslessIntegers: true })
  t.teardown(async () => { await driver.close() })
  const [star, fan, troll, stranger] = await createUsers(app, [uid(), uid(), uid(), uid()])
  const [locked] = await createUsers(app, [uid()], { private: true })
  const put = async (id: string, path: string): Promise<number> => (await app.inject({ method: 'PUT', url: `/v1/users/${id}/${path}`, headers: as(id) })).statusCode
  t.equal(await put(fan!, `following/${star}`), 201)
  t.equal(await put(troll!, `following/${star}`), 201)
  t.equal(await put(stranger!, `following/${star}`), 201)
  t.equal(await put(star!, `following/${fan}`), 201)
  t.equal(await put(star!, `following/${locked}`), 202)
  t.equal(await put(star!, `mutes/${stranger}`), 201)
  t.equal(await put(star!, `blocks/${troll}`), 201, 'troll\'s follow of star is kept, hidden')
  const params = { id: star, other: troll }
  const ran = new Set<string>()
  const query = async (name: string, p = params): Promise<Array<Record<string, any>>> => { ran.add(name); return await run(driver, `guide/${name}`, p) }

  const [size] = await query('010-graph-size')
  t.match(size, { users: Number, follows: Number, pendingRequests: Number, blocks: Number, mutes: Number, changeNodes: Number })
  t.ok(size!.users >= 5 && size!.follows >= 4 && size!.pendingRequests >= 1 && size!.blocks >= 1 && size!.mutes >= 1)

  const around = await query('020-neighbourhood')
  t.same(new Set(around.map(r => r.u.properties.id)), new Set([star]))
  t.ok(around.every(r => r.p.start.properties.id === star), 'paths from the user')
  t.same(around.map(r => r.p.segments[0].relationship).map((e: { type: string, properties: { from: string, to: string } }) =>
    `${e.type} ${e.properties.from}->${e.properties.to}`).sort(), [
    `BLOCKS ${star}->${troll}`, `FOLLOWS ${fan}->${star}`, `FOLLOWS ${star}->${fan}`, `FOLLOWS ${stranger}->${star}`,
    `FOLLOWS ${troll}->${star}`, `MUTES ${star}->${stranger}`, `REQUESTED ${star}->${locked}`
  ].sort(), 'every edge of the user, either way')

  const pair = await query('030-pair')
  t.same(pair.map(r => `${r.type} ${r.from}->${r.to}`).sort(), [`BLOCKS ${star}->${troll}`, `FOLLOWS ${troll}->${star}`])
  t.match(pair.find(r => r.type === 'FOLLOWS'), { since: { year: Number } })
  const none = await query('030-pair', { id: fan, other: troll })
  t.same(none.map(r => r.type), [null], 'a pair without edges: one row, no edge')

  const hidden = await query('040-hidden-follows')
  t.same(hidden.map(r => ({ follower: r.follower, followed: r.followed, blocker: r.blocker })), [{ follower: troll, followed: star, blocker: star }])
  t.same(hidden.map(r => [r.hiddenFollowers, r.hiddenFollowing]), [[1, 0]], 'the counters agree')
  t.same(await query('040-hidden-follows', { id: fan, other: star }), [], 'none for a user without blocks')

  const top = await query('050-most-followed')
  t.ok(top.length > 0 && top.length <= 25)
  const counts = top.map(r => r.followers as number)
  t.same(counts, [...counts].sort((a, b) => b - a), 'most followed first')
  const mine = top.find(r => r.id === star)
  if (mine !== undefined) t.match(mine, { followers: 3, hiddenFollowers: 1, following: 1, private: false })
  else t.ok(top.length === 25 && counts[24]! >= 3, 'star (3 followers) is left out only by 25 users followed at least as much')

  const changes = await query('060-newest-changes')
  t.ok(changes.length > 0 && changes.length <= 25)
  // By instant, not by string: a whole second prints as ":53Z", which sorts after ":53.069Z".
  const at = changes.map(r => (r.at as { toStandardDate: () => Date }).toStandardDate().getTime())
  t.same(at, [...at].sort((a, b) => b - a), 'newest first')
  for (const r of changes) t.match(r, { id: String, type: String, actor: String })
  const block = changes.find(r => r.type === 'block' && r.actor === star && r.target === troll)
  t.ok(block !== undefined || changes.length === 25, 'star\'s block is among the newest (unless 25 changes came after it)')

  const indexes = await query('070-indexes')
  const schemaNames = folderQueries('schema').map(q => /CREATE (?:CONSTRAINT|INDEX) (\w+)/.exec(q.text)?.[1])
  const indexNames = new Set(indexes.flatMap(r => [r.name, r.owningConstraint]))
  for (const name of schemaNames) t.ok(indexNames.has(name), `${String(name)} is listed`)
  t.same(indexes.filter(r => r.state !== 'ONLINE').map(r => r.name), [], 'every index online')

  const constraints = await query('080-constraints')
  const constraintNames = constraints.map(r => r.name as string)
  for (const q of folderQueries('schema').filter(q => q.text.includes('CREATE CONSTRAINT'))) {
    const name = /CREATE CONSTRAINT (\w+)/.exec(q.text)![1]!
    t.ok(constraintNames.includes(name), `constraint ${name}`)
  }

  const [schema] = await query('090-schema-graph')
  t.ok((schema!.nodes as Array<{ labels: string[] }>).some(n => n.labels.includes('User')), 'the schema graph has User')
  t.ok((schema!.relationships as Array<{ type: string }>).some(r => r.type === 'FOLLOWS'), 'and FOLLOWS')

  t.same([...ran].sort(), guideQueries.map(q => q.name.replace('guide/', '')).sort(), 'every query of the guide ran')
})
