import t from 'tap'
import type { FastifyInstance } from 'fastify'
import neo4j from 'neo4j-driver'
import { connectionOf, instances } from '../../../scripts/lib/local-neo4j.js'
import { createCursors } from '../../../src/cursors.js'
import { readQuery } from '../../../src/queries/cypher.js'
import { admin, as, build, service, testCursorSecret, uid, until } from '../../helper.js'

// A short lag so the test need not wait seconds for the feed to catch up.
const lagMs = 300
const buildFeed = async (t: Parameters<typeof build>[0]): Promise<FastifyInstance> =>
  await build(t, { changes: { retentionMs: 7 * 86_400_000, lagMs } })

interface Item { cursor: string, at: string, type: string, actor: string, target: string | null }

async function page (app: FastifyInstance, after: string | undefined, limit = 100): Promise<{ items: Item[], next: string }> {
  const res = await app.inject({ url: '/v1/changes', query: { ...(after !== undefined && { after }), limit: String(limit) }, headers: admin() })
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`)
  return res.json()
}

t.test('a burst of concurrent writes is seen exactly once by a reader that resumes repeatedly', async t => {
  const app = await buildFeed(t)
  const p = uid('cf')
  const ids = Array.from({ length: 12 }, (_, i) => `${p}_${i}`)
  let cursor = (await app.inject({ url: '/v1/changes/latest', headers: admin() })).json().next as string

  const seen: Item[] = []
  let expectedCount = Infinity
  let unchangedWhenEmpty = true
  // The reader pages with a small limit while the writers run, until it has seen as many changes of this
  // test as were made, and then a little longer (a duplicate would show up then). The feed may hold back
  // longer than the lag while another test's transaction is open, hence a deadline, not a fixed wait.
  let doneAt: number | null = null
  const reader = until(async () => {
    const { items, next } = await page(app, cursor, 7)
    seen.push(...items.filter(i => i.actor.startsWith(p)))
    if (items.length === 0 && next !== cursor) unchangedWhenEmpty = false
    cursor = next
    if (seen.length < expectedCount) return false
    doneAt ??= Date.now()
    return Date.now() - doneAt > lagMs * 3
  }, 90_000, 20)

  const put = async (id: string): Promise<number> =>
    (await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: id } })).statusCode
  t.same(await Promise.all(ids.map(put)), ids.map(() => 201), 'users created concurrently')
  const pairs = ids.flatMap((a, i) => [ids[(i + 1) % ids.length]!, ids[(i + 5) % ids.length]!].map(b => [a, b] as const))
  // Beside the API's follows, an import of other pairs: its entries share one batch node (record-changes.cypher),
  // which the reader's pages of 7 enter and leave in the middle.
  const imported = ids.flatMap((a, i) => [ids[(i + 2) % ids.length]!, ids[(i + 3) % ids.length]!].map(b => [a, b] as const))
  const importing = app.inject({
    method: 'POST', url: '/v1/import', headers: { ...admin(), 'content-type': 'application/x-ndjson' },
    payload: imported.map(([from, to]) => JSON.stringify({ follow: { from, to } })).join('\n')
  })
  const follows = await Promise.all(pairs.map(async ([a, b]) =>
    (await app.inject({ method: 'PUT', url: `/v1/users/${a}/following/${b}`, headers: as(a) })).statusCode))
  t.same(follows, pairs.map(() => 201), 'follows made concurrently')
  t.equal((await importing).json().follows, imported.length, 'the import applied every line')
  const renames = await Promise.all(ids.map(async id =>
    (await app.inject({ method: 'PATCH', url: `/v1/users/${id}`, headers: as(id), payload: { name: 'renamed' } })).statusCode))
  t.same(renames, ids.map(() => 200))
  expectedCount = ids.length * 2 + pairs.length + imported.length
  await reader
  t.ok(unchangedWhenEmpty, 'next is the cursor itself whenever nothing is new')

  const expected = [
    ...ids.map(id => `user.created ${id} null`),
    ...pairs.map(([a, b]) => `follow ${a} ${b}`),
    ...imported.map(([a, b]) => `follow ${a} ${b}`),
    ...ids.map(id => `user.updated ${id} null`)
  ].sort()
  t.same(seen.map(i => `${i.type} ${i.actor} ${String(i.target)}`).sort(), expected, 'every change exactly once')
  t.equal(new Set(seen.map(i => i.cursor)).size, seen.length, 'no cursor twice')
  t.ok(seen.every((item, k) => k === 0 || item.at >= seen[k - 1]!.at), 'oldest first')
  const created = seen.findIndex(i => i.type === 'user.created' && i.actor === ids[0])
  const followed = seen.findIndex(i => i.type === 'follow' && i.actor === ids[0])
  t.ok(created < followed, 'a user is created before it follows')
  const importedKeys = new Set(imported.map(([a, b]) => `${a} ${b}`))
  t.same(seen.filter(i => importedKeys.has(`${i.actor} ${String(i.target)}`)).map(i => `${i.actor} ${String(i.target)}`),
    imported.map(([a, b]) => `${a} ${b}`), 'the import\'s entries in line order')

  // The stream form gives the same entries from the same start.
  const stream = await app.inject({ url: '/v1/changes/stream', query: { after: seen[0]!.cursor }, headers: admin() })
  t.equal(stream.statusCode, 200)
  t.match(stream.headers['content-type'], /^application\/x-ndjson/)
  const streamed = stream.body.split('\n').filter(l => l !== '').map(l => JSON.parse(l) as Item).filter(i => i.actor.startsWith(p))
  t.same(streamed, seen.slice(1), 'the stream resumes after the given cursor')
})

t.test('cursors are tamper-evident; the feed needs graph:admin', async t => {
  const app = await buildFeed(t)
  const { next } = await page(app, undefined, 1)
  const [payload, mac] = next.split('.') as [string, string]
  const forged = Buffer.from(JSON.stringify(['2030-01-01T00:00:00.000Z', 'x'])).toString('base64url')
  for (const after of [`${forged}.${mac}`, `${payload}.AAAA${mac.slice(4)}`, 'garbage']) {
    const res = await app.inject({ url: '/v1/changes', query: { after }, headers: admin() })
    t.equal(res.statusCode, 400)
    t.equal(res.json().code, 'INVALID_CURSOR')
  }
  const streamRes = await app.inject({ url: '/v1/changes/stream', query: { after: 'garbage' }, headers: admin() })
  t.equal(streamRes.json().code, 'INVALID_CURSOR')
  t.equal((await app.inject({ url: '/v1/changes', query: { limit: '1001' }, headers: admin() })).statusCode, 400)
  t.equal((await app.inject({ url: '/v1/changes', headers: service('graph:read graph:write') })).statusCode, 403)
  t.equal((await app.inject({ url: '/v1/changes/latest', headers: as(uid()) })).statusCode, 403)
})

t.test('a follow stream sends new changes as they become readable', async t => {
  const app = await buildFeed(t)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  const { next } = (await app.inject({ url: '/v1/changes/latest', headers: admin() })).json()
  const controller = new AbortController()
  const res = await fetch(`http://127.0.0.1:${port}/v1/changes/stream?follow=true&after=${encodeURIComponent(next as string)}`,
    { headers: admin(), signal: controller.signal })
  t.equal(res.status, 200)
  const id = uid('cfs')
  await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: id } })
  const reader = res.body!.getReader()
  let text = ''
  while (!text.includes(`"actor":"${id}"`)) {
    const { value, done } = await reader.read()
    if (done === true) break
    text += Buffer.from(value).toString('utf8')
  }
  t.match(text, new RegExp(`"type":"user.created","actor":"${id}"`), 'the new change arrives on the open stream')
  controller.abort()
})

t.test('pruning keeps every change younger than the retention', async t => {
  const app = await buildFeed(t)
  const id = uid('cfp')
  const start = (await app.inject({ url: '/v1/changes/latest', headers: admin() })).json().next as string
  await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: id } })
  t.type(await app.changeFeed.prune(), 'number')
  let cursor = start
  const found = await until(async () => {
    const { items, next } = await page(app, cursor, 1000)
    cursor = next
    return items.some(i => i.actor === id && i.type === 'user.created')
  }, 60_000, lagMs)
  t.ok(found, 'a change written just now is still in the feed after pruning')
})

t.test('cursors are signed with CURSOR_SECRET; one signed with CURSOR_SECRET_PREVIOUS is accepted while rotating', async t => {
  const oldKey = 'the-cursor-key-being-rotated-out-0000'
  const newKey = 'the-cursor-key-that-replaces-it-11111'
  const before = await build(t, { cursors: { secret: oldKey }, changes: { retentionMs: 7 * 86_400_000, lagMs } })
  const { next } = (await before.inject({ url: '/v1/changes/latest', headers: admin() })).json<{ next: string }>()
  const rotating = await build(t, { cursors: { secret: newKey, previous: oldKey }, changes: { retentionMs: 7 * 86_400_000, lagMs } })
  const res = await rotating.inject({ url: '/v1/changes', query: { after: next }, headers: admin() })
  t.equal(res.statusCode, 200, 'a cursor made with the previous key still reads')
  const reissued = res.json<{ next: string }>().next
  const rotated = await build(t, { cursors: { secret: newKey }, changes: { retentionMs: 7 * 86_400_000, lagMs } })
  const old = await rotated.inject({ url: '/v1/changes', query: { after: next }, headers: admin() })
  t.same([old.statusCode, old.json().code], [400, 'INVALID_CURSOR'], 'once the previous key is dropped, its cursors are refused')
  if (reissued !== next) t.equal((await rotated.inject({ url: '/v1/changes', query: { after: reissued }, headers: admin() })).statusCode, 200, 'cursors reissued meanwhile carry the new key')
  const foreign = createCursors('a-key-of-another-deployment-22222222').encode('changes', { since: new Date().toISOString(), id: '' })
  t.same((await rotated.inject({ url: '/v1/changes', query: { after: foreign }, headers: admin() })).json().code, 'INVALID_CURSOR', 'a cursor made with another key')
})

t.test('a cursor behind a change retention deleted is 410 CURSOR_EXPIRED; a quiet feed never expires one', async t => {
  const day = 86_400_000
  const app = await build(t, { changes: { retentionMs: day, lagMs } })
  const c = connectionOf(instances.test!)
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { disableLosslessIntegers: true })
  t.teardown(async () => { await driver.close() })
  // A change two days old; retention (one day) deletes it and records how far it pruned.
  const id = uid('old')
  await driver.executeQuery(readQuery('testing/create-old-change').text, { id, ageMs: 2 * day, actor: id })
  t.ok(await app.changeFeed.prune() >= 1, 'pruned')
  const cursorAt = (ageMs: number): string => createCursors(testCursorSecret).encode('changes', { since: new Date(Date.now() - ageMs).toISOString(), id: '' })
  for (const path of ['/v1/changes', '/v1/changes/stream']) {
    const expired = await app.inject({ url: path, query: { after: cursorAt(3 * day) }, headers: admin() })
    t.same([expired.statusCode, expired.json().code], [410, 'CURSOR_EXPIRED'], `${path}: a reader behind the deleted change missed it`)
  }
  const quiet = await app.inject({ url: '/v1/changes', query: { after: cursorAt(1.5 * day), limit: '1' }, headers: admin() })
  t.equal(quiet.statusCode, 200, 'a cursor older than the retention but after every deleted change still reads')
})
