// The NDJSON streams (export, followed change feed) end instead of holding a database transaction for a
// client that stopped reading, that went away, or (a followed feed) that has nothing new coming.
import type { FastifyInstance } from 'fastify'
import neo4j from 'neo4j-driver'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import t from 'tap'
import { connectionOf, instances } from '../../../scripts/lib/local-neo4j.js'
import { createCursors } from '../../../src/cursors.js'
import { readQuery } from '../../../src/queries/cypher.js'
import { admin, build, testCursorSecret, uid, until } from '../../helper.js'

const prefix = uid('zstream')
const c = connectionOf(instances.test!)
const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { disableLosslessIntegers: true })
t.teardown(async () => { await driver.close() })
const cypher = async <R>(name: string, params: Record<string, unknown>): Promise<R[]> =>
  (await driver.executeQuery(readQuery(name).text, params)).records.map(r => r.toObject() as R)

/** The export's statement (by a fragment of its text) started after this file's prefix: open while its transaction is. */
const exportFragment = 'WHERE u.id > $after'
const openExports = async (): Promise<number> =>
  (await cypher<{ open: number }>('testing/open-transactions-running', { fragment: exportFragment, after: prefix }))[0]?.open ?? 0

/** Waits (30 s at most) until no export transaction of this file is open: how long that took, or null. */
async function exportsClosed (): Promise<number | null> {
  const started = Date.now()
  return await until(async () => await openExports() === 0, 30_000) ? Date.now() - started : null
}

async function listening (t: Parameters<typeof build>[0], idleMs: number): Promise<{ app: FastifyInstance, port: number }> {
  const app = await build(t, { streams: { idleMs } })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  return { app, port: typeof address === 'object' && address !== null ? address.port : 0 }
}

function get (port: number, path: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: admin() }, resolve)
    req.once('error', reject)
    req.end()
  })
}

// 60,000 users with 65-character names: an export of them (about 12 MB) outlasts any socket buffer.
t.before(async () => { await cypher('testing/create-users', { prefix, count: 60_000, name: 'n'.repeat(65) }) })
t.teardown(async () => { await cypher('testing/delete-users-by-prefix', { prefix }) })

t.test('an export whose client goes away releases its transaction at once', async t => {
  const { port } = await listening(t, 60_000)
  const res = await get(port, `/v1/export/users?after=${prefix}`)
  t.equal(res.statusCode, 200)
  await new Promise(resolve => res.once('data', resolve))
  t.ok(await openExports() >= 1, 'the export holds a transaction while it streams')
  res.destroy()
  const ms = await exportsClosed()
  t.ok(ms !== null, 'the export transaction ends')
  t.comment(`released ${ms} ms after the client went away`)
})

t.test('an export whose client reads nothing for the idle timeout is cut off and releases its transaction', async t => {
  const idleMs = 1_000
  const { port } = await listening(t, idleMs)
  const res = await get(port, `/v1/export/users?after=${prefix}`)
  t.equal(res.statusCode, 200)
  res.pause()
  t.ok(await openExports() >= 1, 'the export holds a transaction while the client stalls')
  const ms = await exportsClosed()
  t.ok(ms !== null, 'the stalled export ends')
  t.comment(`released ${ms} ms after the client stopped reading (idle timeout ${idleMs} ms)`)
  // Reading what was sent: the answer ends short of the 60,000 users, cut off.
  let lines = 0
  res.on('data', (chunk: Buffer) => { for (const b of chunk) if (b === 10) lines++ })
  res.resume()
  await new Promise<void>(resolve => { res.once('close', resolve) })
  t.ok(lines < 60_000, `the stream was cut (${lines} lines received)`)
})

t.test('a followed change feed with nothing new ends after the idle timeout', async t => {
  const { port } = await listening(t, 1_000)
  // A cursor at a time no change can have yet: nothing will come after it during the test.
  const future = createCursors(testCursorSecret).encode('changes', { since: '2100-01-01T00:00:00.000Z', id: '' })
  const started = Date.now()
  const res = await get(port, `/v1/changes/stream?follow=true&after=${encodeURIComponent(future)}`)
  t.equal(res.statusCode, 200)
  let body = ''
  res.on('data', (chunk: Buffer) => { body += chunk.toString() })
  await new Promise<void>(resolve => { res.once('end', resolve) })
  const ms = Date.now() - started
  t.equal(body, '', 'nothing was sent')
  t.ok(ms >= 1_000 && ms < 30_000, `the stream ended by itself after ${ms} ms`)
})
