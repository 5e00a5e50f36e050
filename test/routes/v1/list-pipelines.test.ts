// Lists in the pipelines: the change feed's list events, and export -> import of lists, members and
// subscriptions (with users and edges) giving the same graph back, idempotently.
import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { readQuery } from '../../../src/queries/cypher.js'
import { admin, as, build, createUsers, service, uid, until } from '../../helper.js'
import { call, follow } from '../../graph-helper.js'

const recount = readQuery('testing/hidden-counters')

t.test('the change feed records every list event, with the list', async t => {
  const app = await build(t, { changes: { retentionMs: 7 * 86_400_000, lagMs: 0 } })
  const p = uid('lf')
  const [o, m, s] = await createUsers(app, [`${p}o`, `${p}m`, `${p}s`]) as [string, string, string]
  // The feed's end is conservative: while another test's transaction is open on the shared database it stays
  // before that transaction's start, so the users' own user.created entries may follow it: only list events count.
  const start = (await app.inject({ url: '/v1/changes/latest', headers: admin() })).json().next
  const key = `${o}/mod`
  const steps: Array<[string, string, unknown, string, string, string]> = [
    ['PUT', `/v1/users/${o}/lists/mod`, { name: 'm', purpose: 'moderation' }, 'list.created', o, key],
    ['PUT', `/v1/users/${o}/lists/mod`, { name: 'renamed', purpose: 'moderation' }, '', '', ''],
    ['PUT', `/v1/users/${o}/lists/mod/members/${m}`, undefined, 'list.member.added', o, m],
    ['PUT', `/v1/users/${s}/list-blocks/${o}/mod`, undefined, 'list.block', s, key],
    ['PUT', `/v1/users/${s}/list-mutes/${o}/mod`, undefined, 'list.mute', s, key],
    ['PUT', `/v1/users/${s}/list-mutes/${o}/mod`, undefined, '', '', ''],
    ['DELETE', `/v1/users/${s}/list-mutes/${o}/mod`, undefined, 'list.unmute', s, key],
    ['DELETE', `/v1/users/${s}/list-blocks/${o}/mod`, undefined, 'list.unblock', s, key],
    ['DELETE', `/v1/users/${o}/lists/mod/members/${m}`, undefined, 'list.member.removed', o, m],
    ['DELETE', `/v1/users/${o}/lists/mod/members/${m}`, undefined, '', '', ''],
    ['DELETE', `/v1/users/${o}/lists/mod`, undefined, 'list.deleted', o, key],
    ['DELETE', `/v1/users/${o}/lists/mod`, undefined, '', '', '']
  ]
  for (const [method, url, payload] of steps) {
    // The acting user is the path's {id}.
    const res = await call(app, method as 'PUT', url, as(url.split('/')[3]!), payload)
    t.ok(res.status < 300, `${method} ${url}: ${res.status}`)
  }
  const want = steps.filter(x => x[3] !== '').map(([, , , type, actor, target]) => ({ type, actor, target, list: key }))
  let got: Array<{ type: string, actor: string, target: string, list?: string }> = []
  await until(async () => {
    const page = (await app.inject({ url: '/v1/changes', query: { after: start, limit: '1000' }, headers: admin() })).json()
    got = (page.items as typeof got).filter(c => c.actor.startsWith(p) && c.type.startsWith('list.')).map(({ type, actor, target, list }) => ({ type, actor, target, list: list ?? '' }))
    return got.length >= want.length
  }, 10_000, 100)
  t.same(got, want, 'one entry per change, none for a no-op, in order, each naming its list')
})

/** Everything the API says of `users` and their lists, to compare before and after. */
async function snapshot (app: FastifyInstance, users: string[]): Promise<unknown> {
  const get = async (url: string, headers = service()): Promise<unknown> => (await call(app, 'GET', url, headers)).body
  const out: Record<string, unknown> = {}
  for (const u of users) {
    out[u] = {
      counts: await get(`/v1/users/${u}/counts`),
      followers: await get(`/v1/users/${u}/followers?includeBlocked=true`),
      following: await get(`/v1/users/${u}/following?includeBlocked=true`),
      requests: await get(`/v1/users/${u}/follow-requests`),
      blocks: await get(`/v1/users/${u}/blocks`),
      mutes: await get(`/v1/users/${u}/mutes`),
      lists: await get(`/v1/users/${u}/lists`),
      listedIn: await get(`/v1/users/${u}/listed-in`),
      listBlocks: await get(`/v1/users/${u}/list-blocks`),
      listMutes: await get(`/v1/users/${u}/list-mutes`),
      relationships: await get(`/v1/users/${u}/relationships?ids=${users.join(',')}`),
      members: await Promise.all(['mod', 'pack'].map(async l => await get(`/v1/users/${u}/lists/${l}/members`))),
      counters: await app.db.run(recount, { ids: [u] })
    }
  }
  return out
}

async function exported (app: FastifyInstance, url: string, keep: (row: Record<string, string>) => boolean): Promise<string[]> {
  const res = await app.inject({ url, headers: admin() })
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  return res.body.split('\n').filter(l => l !== '').filter(l => keep(JSON.parse(l) as Record<string, string>))
}

t.test('an export of users, lists, edges, members and subscriptions imports as the same graph, idempotently', async t => {
  const app = await build(t)
  const p = uid('lx')
  const mine = (id: string | undefined): boolean => id?.startsWith(p) === true
  const users = await createUsers(app, ['o', 'a', 'b', 'c', 'd'].map(n => `${p}${n}`))
  const [o, a, b, c, d] = users as [string, string, string, string, string]
  t.equal((await call(app, 'PATCH', `/v1/users/${d}`, as(d), { private: true })).status, 200)
  for (const [x, y] of [[a, b], [b, a], [c, a], [a, o], [o, c], [b, c]] as const) t.equal((await follow(app, x, y)).status, 201)
  t.equal((await follow(app, b, d)).status, 202, 'a request, hidden below by a list block')
  t.equal((await call(app, 'PUT', `/v1/users/${c}/blocks/${b}`, as(c))).status, 201, "a direct block (b's follow of c hidden)")
  t.equal((await call(app, 'PUT', `/v1/users/${a}/mutes/${o}`, as(a))).status, 201)
  for (const [l, purpose] of [['mod', 'moderation'], ['pack', 'curation']] as const) {
    t.equal((await call(app, 'PUT', `/v1/users/${o}/lists/${l}`, as(o), { name: l, purpose, description: `the ${l} list` })).status, 201)
  }
  for (const [l, m] of [['mod', b], ['mod', c], ['pack', a], ['pack', o]] as const) t.equal((await call(app, 'PUT', `/v1/users/${o}/lists/${l}/members/${m}`, as(o))).status, 201)
  for (const [s, type] of [[a, 'block'], [d, 'block'], [o, 'mute'], [c, 'block']] as const) {
    t.equal((await call(app, 'PUT', `/v1/users/${s}/list-${type}s/${o}/mod`, as(s))).status, 201)
  }
  const before = await snapshot(app, users)

  const lines = [
    ...await exported(app, '/v1/export/users', r => mine(r.id)),
    ...await exported(app, '/v1/export/lists', r => mine(r.owner)),
    ...(await Promise.all(['FOLLOWS', 'REQUESTED', 'BLOCKS', 'MUTES'].map(async type =>
      await exported(app, `/v1/export/edges?type=${type}`, r => mine(r.from) && mine(r.to))))).flat(),
    ...await exported(app, '/v1/export/list-members', r => mine(r.owner)),
    ...(await Promise.all(['block', 'mute'].map(async type => await exported(app, `/v1/export/list-subscriptions?type=${type}`, r => mine(r.user))))).flat()
  ]
  t.equal(lines.filter(l => l.includes('"purpose"')).length, 2, 'two list rows')
  t.equal(lines.filter(l => l.includes('"member"')).length, 4, 'four member rows')
  t.equal(lines.filter(l => l.includes('"type":"block"') || l.includes('"type":"mute"')).length, 4, 'four subscription rows')

  for (const u of users) t.equal((await call(app, 'DELETE', `/v1/users/${u}`, admin())).status, 204)
  const importing = async () => (await app.inject({ method: 'POST', url: '/v1/import', headers: { ...admin(), 'content-type': 'application/x-ndjson' }, payload: lines.join('\n') })).json()
  const summary = await importing()
  t.match(summary, { users: 5, lists: 2, members: 4, listBlocks: 3, listMutes: 1, rejectedCount: 0 })
  t.same(await snapshot(app, users), before, 'the same graph: lists, members, subscriptions, edges, counts, counters')
  const again = await importing()
  t.equal(again.rejectedCount, 0, 're-importing refuses nothing')
  t.same(await snapshot(app, users), before, 'and changes nothing')
})

t.test('import: list lines are checked like the list routes', async t => {
  const app = await build(t)
  const p = uid('li')
  const [o, x] = await createUsers(app, [`${p}o`, `${p}x`]) as [string, string]
  const body = [
    { list: { owner: o, id: 'pack', name: 'pack', purpose: 'curation' } },
    { list: { owner: o, id: 'pack', name: 'pack', purpose: 'moderation' } },
    { list: { owner: 'nobody-here', id: 'l', name: 'l', purpose: 'curation' } },
    { member: { owner: o, list: 'nope', member: x } },
    { member: { owner: o, list: 'pack', member: 'nobody-here' } },
    { listBlock: { user: x, owner: o, list: 'pack' } },
    { list: { owner: o, id: 'bad id', name: 'l', purpose: 'curation' } },
    { member: { owner: o, list: 'pack', member: x } }
  ].map(l => JSON.stringify(l)).join('\n')
  const res = await app.inject({ method: 'POST', url: '/v1/import', headers: { ...admin(), 'content-type': 'application/x-ndjson' }, payload: body })
  t.equal(res.statusCode, 200)
  const summary = res.json()
  t.same(summary.rejected.map((r: { line: number, code: string }) => [r.line, r.code]), [
    [2, 'PURPOSE_FIXED'], [3, 'USER_NOT_FOUND'], [4, 'LIST_NOT_FOUND'], [5, 'USER_NOT_FOUND'], [6, 'NOT_A_MODERATION_LIST'], [7, 'VALIDATION']
  ])
  t.match(summary, { lists: 1, members: 1, listBlocks: 0 })
})
