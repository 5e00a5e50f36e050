import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { admin, as, build, createUsers, service, uid, until } from '../../helper.js'

const ndjson = (rows: unknown[]): string => rows.map(r => typeof r === 'string' ? r : JSON.stringify(r)).join('\n') + '\n'

async function importRows (app: FastifyInstance, rows: unknown[]) {
  return await app.inject({ method: 'POST', url: '/v1/import', headers: { ...admin(), 'content-type': 'application/x-ndjson' }, payload: ndjson(rows) })
}

/** The rows of an export that belong to this test (ids starting with `prefix`). */
async function exported (app: FastifyInstance, url: string, prefix: string): Promise<Array<Record<string, unknown>>> {
  const res = await app.inject({ url, headers: admin() })
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  return res.body.split('\n').filter(l => l !== '').map(l => JSON.parse(l) as Record<string, unknown>)
    .filter(r => String(r.id ?? r.from).startsWith(prefix))
}

t.test('a file with bad lines applies the good ones and reports each bad one by line', async t => {
  const app = await build(t)
  const p = uid('imp')
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(s => `${p}_${s}`) as [string, string, string, string]
  const res = await importRows(app, [
    { user: { id: a, username: `${p}a`, name: 'A' } }, // 1
    { user: { id: b, username: `${p}b` } }, // 2
    { user: { id: c, username: `${p}c`, private: true } }, // 3
    { user: { id: d, username: `${p}A` } }, // 4 USERNAME_TAKEN (case-insensitive)
    '{"follow": ', // 5 not JSON
    { follow: { from: a, to: b, since: '2020-01-02T03:04:05.678Z' } }, // 6
    { follow: { from: a, to: a } }, // 7 SELF_RELATION
    { follow: { from: a, to: `${p}_nobody` } }, // 8 USER_NOT_FOUND
    { follow: { from: a, to: b, extra: 1 } }, // 9 unknown field
    { block: { from: c, to: a } }, // 10
    { follow: { from: a, to: c } }, // 11 BLOCKED_BY_TARGET (c blocks a)
    { follow: { from: c, to: a } }, // 12 UNBLOCK_FIRST
    { follow: { from: b, to: c } }, // 13 private target: an imported follow is FOLLOWS
    '', // 14 blank: skipped
    { mute: { from: b, to: a, until: '2999-01-01T00:00:00.000Z' } }, // 15
    { unfollow: { from: a, to: b } }, // 16 unknown kind
    { user: { id: 'bad id!', username: 'x' } }, // 17 invalid id
    { request: { from: a, to: d } } // 18 d was refused: USER_NOT_FOUND
  ])
  t.equal(res.statusCode, 200)
  const body = res.json()
  t.match(body, { users: 3, follows: 2, requests: 0, blocks: 1, mutes: 1, rejectedCount: 10 })
  t.same(body.rejected.map((r: { line: number, code: string }) => [r.line, r.code]), [
    [4, 'USERNAME_TAKEN'], [5, 'VALIDATION'], [7, 'SELF_RELATION'], [8, 'USER_NOT_FOUND'], [9, 'VALIDATION'],
    [11, 'BLOCKED_BY_TARGET'], [12, 'UNBLOCK_FIRST'], [16, 'VALIDATION'], [17, 'VALIDATION'], [18, 'USER_NOT_FOUND']
  ])
  t.match(body.rejected.find((r: { line: number }) => r.line === 8), { message: `user '${p}_nobody' does not exist` })
  t.match(body.rejected.find((r: { line: number }) => r.line === 9), { message: 'follow.extra unknown field' })

  const follows = await exported(app, `/v1/export/edges?type=FOLLOWS&after=${p},0`, p)
  t.same(follows.map(f => [f.from, f.to]), [[a, b], [b, c]])
  t.equal(follows[0]!.since, '2020-01-02T03:04:05.678Z', 'the given since is kept')
  const mutes = await exported(app, `/v1/export/edges?type=MUTES&after=${p},0`, p)
  t.match(mutes, [{ from: b, to: a, type: 'MUTES', until: '2999-01-01T00:00:00.000Z' }])
  const users = await exported(app, `/v1/export/users?after=${p}`, p)
  t.same(users.map(u => u.id), [a, b, c])
})

const types = ['FOLLOWS', 'REQUESTED', 'MUTES', 'BLOCKS'] as const

/** This test's part of the graph, as the export shows it. */
async function snapshot (app: FastifyInstance, p: string) {
  const users = await exported(app, `/v1/export/users?after=${p}`, p)
  const [FOLLOWS, REQUESTED, MUTES, BLOCKS] = await Promise.all(types.map(async type =>
    await exported(app, `/v1/export/edges?type=${type}&after=${p},0`, p)))
  return { users, edges: { FOLLOWS: FOLLOWS!, REQUESTED: REQUESTED!, MUTES: MUTES!, BLOCKS: BLOCKS! } }
}

t.test('export then import into an empty graph reproduces it exactly; a re-import changes nothing', async t => {
  const app = await build(t)
  const p = uid('rt')
  const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map(s => `${p}_${s}`) as [string, string, string, string, string]
  const original = [
    { user: { id: a, username: `${p}a`, name: 'Ann' } },
    { user: { id: b, username: `${p}b`, name: 'Bob', createdAt: '2019-05-06T07:08:09.010Z' } },
    { user: { id: c, username: `${p}c`, private: true } },
    { user: { id: d, username: `${p}d` } },
    { user: { id: e, username: `${p}e` } },
    { follow: { from: a, to: b, since: '2021-01-01T00:00:00.001Z' } },
    { follow: { from: b, to: a } },
    { follow: { from: d, to: c } }, // FOLLOWS to a private user
    { request: { from: a, to: c, since: '2022-02-02T02:02:02.222Z' } }, // REQUESTED
    { request: { from: e, to: b } }, // public target: FOLLOWS
    { follow: { from: e, to: d } }, // kept but hidden: d blocks e below
    { block: { from: d, to: e, since: '2023-03-03T03:03:03.333Z' } },
    { follow: { from: b, to: e } }, { block: { from: b, to: e } }, // the blocker's follow is removed
    { mute: { from: a, to: d, until: '2999-09-09T09:09:09.999Z' } },
    { mute: { from: b, to: d } }
  ]
  const first = await importRows(app, original)
  t.equal(first.statusCode, 200)
  t.same(first.json(), { users: 5, follows: 5, requests: 2, blocks: 2, mutes: 2, lists: 0, members: 0, listBlocks: 0, listMutes: 0, rejected: [], rejectedCount: 0 })

  const before = await snapshot(app, p)
  t.same(before.edges.FOLLOWS.map(f => `${String(f.from)}>${String(f.to)}`), [`${a}>${b}`, `${b}>${a}`, `${d}>${c}`, `${e}>${b}`, `${e}>${d}`])
  t.same(before.edges.REQUESTED.map(f => [f.from, f.to, f.since]), [[a, c, '2022-02-02T02:02:02.222Z']])
  t.same(before.edges.BLOCKS.map(f => [f.from, f.to]), [[b, e], [d, e]])
  t.same(before.edges.MUTES.map(f => [f.from, f.to, f.until]), [[a, d, '2999-09-09T09:09:09.999Z'], [b, d, null]])
  t.equal(before.users[1]!.createdAt, '2019-05-06T07:08:09.010Z')

  const again = await importRows(app, original)
  // Only the follow the file itself superseded by a block is now refused: the block stands before it.
  t.same(again.json(), { ...first.json(), follows: 4, rejectedCount: 1, rejected: [{ line: 13, code: 'UNBLOCK_FIRST', message: `user '${b}' blocks '${e}': unblock first` }] })
  t.same(await snapshot(app, p), before, 're-importing changes nothing')

  for (const id of [a, b, c, d, e]) {
    t.equal((await app.inject({ method: 'DELETE', url: `/v1/users/${id}`, headers: admin() })).statusCode, 204)
  }
  t.same((await snapshot(app, p)).users, [], 'the subgraph is gone')

  // The export's own rows, users first, then follows before blocks (a hidden follow predates its block).
  const rows = [...before.users, ...types.flatMap(type => before.edges[type])]
  const res = await importRows(app, rows)
  t.same(res.json(), { users: 5, follows: 5, requests: 1, blocks: 2, mutes: 2, lists: 0, members: 0, listBlocks: 0, listMutes: 0, rejected: [], rejectedCount: 0 })
  t.same(await snapshot(app, p), before, 'users, edge types and since are reproduced exactly')
})

t.test('import needs admin and an NDJSON body', async t => {
  const app = await build(t)
  const id = uid()
  const denied = await app.inject({ method: 'POST', url: '/v1/import', headers: { ...as(id), 'content-type': 'application/x-ndjson' }, payload: '' })
  t.equal(denied.statusCode, 403)
  const json = await app.inject({ method: 'POST', url: '/v1/import', headers: admin(), payload: { user: { id, username: id } } })
  t.equal(json.statusCode, 415)
  t.equal(json.json().code, 'UNSUPPORTED_MEDIA_TYPE')
  t.match(json.json().message, /application\/x-ndjson/, 'the 415 names what the import reads')
  const text = await app.inject({ method: 'POST', url: '/v1/import', headers: { ...admin(), 'content-type': 'text/plain' }, payload: 'x' })
  t.same([text.statusCode, text.json().code], [415, 'UNSUPPORTED_MEDIA_TYPE'])
  t.match(text.json().message, /application\/x-ndjson/, 'also for a type no parser takes')
  const empty = await app.inject({ method: 'POST', url: '/v1/import', headers: { ...admin(), 'content-type': 'application/x-ndjson' }, payload: '' })
  t.same(empty.json(), { users: 0, follows: 0, requests: 0, blocks: 0, mutes: 0, lists: 0, members: 0, listBlocks: 0, listMutes: 0, rejected: [], rejectedCount: 0 })
  const reader = await app.inject({ url: '/v1/export/users', headers: service('graph:read') })
  t.equal(reader.statusCode, 403, 'export needs graph:admin too')
})

t.test('imported times are stored in UTC with millisecond precision, as the live writes store them', async t => {
  const app = await build(t)
  const p = uid('tz')
  const res = await importRows(app, [
    { user: { id: `${p}_a`, username: `${p}a`, createdAt: '2020-01-01T01:00:00+01:00' } },
    { user: { id: `${p}_b`, username: `${p}b` } },
    { follow: { from: `${p}_a`, to: `${p}_b`, since: '2020-01-01T02:00:00.123456+02:00' } },
    { mute: { from: `${p}_b`, to: `${p}_a`, until: '2999-12-31T23:00:00.000-01:00' } },
    { block: { from: `${p}_b`, to: `${p}_a`, since: '2020-02-30T00:00:00.000Z' } }
  ])
  t.match(res.json(), { users: 2, follows: 1, mutes: 1, rejected: [{ line: 5, code: 'VALIDATION' }] })
  t.match(await exported(app, `/v1/export/users?after=${p}`, p), [{ id: `${p}_a`, createdAt: '2020-01-01T00:00:00.000Z' }])
  t.match(await exported(app, `/v1/export/edges?type=FOLLOWS&after=${p},0`, p), [{ since: '2020-01-01T00:00:00.123Z' }])
  t.match(await exported(app, `/v1/export/edges?type=MUTES&after=${p},0`, p), [{ until: '3000-01-01T00:00:00.000Z' }])
})

t.test('an import records its changes in the feed, unless ?changes=false', async t => {
  const app = await build(t, { changes: { retentionMs: 7 * 86_400_000, lagMs: 300 } })
  const [quiet, loud] = [uid('iq'), uid('il')]
  let cursor = (await app.inject({ url: '/v1/changes/latest', headers: admin() })).json().next as string
  const post = async (url: string, rows: unknown[]) => await app.inject({ method: 'POST', url, headers: { ...admin(), 'content-type': 'application/x-ndjson' }, payload: ndjson(rows) })
  await post('/v1/import?changes=false', [{ user: { id: `${quiet}_a`, username: `${quiet}a` } }, { user: { id: `${quiet}_b`, username: `${quiet}b` } }, { follow: { from: `${quiet}_a`, to: `${quiet}_b` } }])
  await post('/v1/import', [{ user: { id: `${loud}_a`, username: `${loud}a` } }, { user: { id: `${loud}_b`, username: `${loud}b` } }, { follow: { from: `${loud}_a`, to: `${loud}_b` } }])
  const seen: string[] = []
  await until(async () => {
    const res = (await app.inject({ url: '/v1/changes', query: { after: cursor, limit: '1000' }, headers: admin() })).json()
    seen.push(...(res.items as Array<{ type: string, actor: string, target: string | null }>)
      .filter(i => i.actor.startsWith(quiet) || i.actor.startsWith(loud)).map(i => `${i.type} ${i.actor} ${String(i.target)}`))
    cursor = res.next
    return seen.includes(`follow ${loud}_a ${loud}_b`)
  }, 60_000, 300)
  t.same(seen, [`user.created ${loud}_a null`, `user.created ${loud}_b null`, `follow ${loud}_a ${loud}_b`], 'in line order; nothing from the quiet import')
})

t.test('an imported user line turning a private user public accepts its pending requests, as PATCH does', async t => {
  const app = await build(t, { changes: { retentionMs: 7 * 86_400_000, lagMs: 300 } })
  const [p, a, b, o] = [uid('ip'), uid('ia'), uid('ib'), uid('io')]
  const ours = new Set([p, a, b])
  let cursor = (await app.inject({ url: '/v1/changes/latest', headers: admin() })).json().next as string
  /** Reads our changes past the cursor until `done` holds of them. */
  const changesUntil = async (done: (seen: string[]) => boolean): Promise<string[]> => {
    const seen: string[] = []
    await until(async () => {
      const res = (await app.inject({ url: '/v1/changes', query: { after: cursor, limit: '1000' }, headers: admin() })).json()
      seen.push(...(res.items as Array<{ type: string, actor: string, target: string | null }>)
        .filter(i => ours.has(i.actor)).map(i => `${i.type} ${i.actor} ${String(i.target)}`))
      cursor = res.next
      return done(seen)
    }, 60_000, 300)
    return seen
  }
  await createUsers(app, [p], { private: true })
  await createUsers(app, [a, b, o])
  for (const r of [a, b]) t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${r}/following/${p}`, headers: as(r) })).statusCode, 202, 'a request')
  // b's request is hidden by a block list p subscribes to: dropped, not accepted (as a block would drop it).
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${o}/lists/mod`, headers: as(o), payload: { name: 'Mod', purpose: 'moderation' } })).statusCode, 201)
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${o}/lists/mod/members/${b}`, headers: as(o) })).statusCode, 201)
  t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${p}/list-blocks/${o}/mod`, headers: as(p) })).statusCode, 201)
  await changesUntil(seen => seen.some(c => c.startsWith('list.block')))

  const line = { user: { id: p, username: p.replace(/-/g, '_').slice(0, 24), private: false } }
  t.match((await importRows(app, [line])).json(), { users: 1, rejectedCount: 0 })
  const followers = (await app.inject({ url: `/v1/users/${p}/followers`, headers: service() })).json().items as Array<{ id: string }>
  t.same(followers.map(f => f.id), [a], 'the request accepted: a follows p; the hidden one is not')
  t.same((await app.inject({ url: `/v1/users/${p}/follow-requests`, headers: as(p) })).json().items, [], 'no request left pending')
  t.equal((await app.inject({ url: `/v1/users/${p}`, headers: service() })).json().private, false)

  // The same line again changes nothing, and records nothing; then a PATCH: once its change is read, every
  // change before it is.
  t.match((await importRows(app, [line])).json(), { users: 1, rejectedCount: 0 })
  t.equal((await app.inject({ method: 'PATCH', url: `/v1/users/${p}`, headers: as(p), payload: { name: 'marker' } })).statusCode, 200)
  const seen = await changesUntil(seen => seen.filter(c => c === `user.updated ${p} null`).length >= 2)
  t.same(seen.sort(), [`follow.accepted ${p} ${a}`, `follow.rejected ${p} ${b}`, `user.updated ${p} null`, `user.updated ${p} null`].sort(),
    'accepted and dropped recorded with the import\'s user.updated; the unchanged line again recorded nothing (the next change is the PATCH)')
})
