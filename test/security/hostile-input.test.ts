// Hostile input: every request below is a clear 4xx with a stable code, and nothing is written.
import neo4j from 'neo4j-driver'
import t from 'tap'
import { connectionOf, instances } from '../../scripts/lib/local-neo4j.js'
import { readQuery } from '../../src/queries/cypher.js'
import { admin, as, build, createUsers, service, uid } from '../helper.js'

const c = connectionOf(instances.test!)
const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { disableLosslessIntegers: true })
t.teardown(async () => { await driver.close() })

/** Users whose id or lower-cased username is one of these (the hostile values must never be stored). */
async function storedUsers (values: string[]): Promise<string[]> {
  const { records } = await driver.executeQuery(readQuery('testing/users-by-id-or-username').text, { values, lower: values.map(v => v.toLowerCase()) })
  return records.map(r => r.get('id') as string)
}

const lookalikes = [
  'аlice', // Cyrillic a
  'ａｌｉｃｅ', // fullwidth
  'alice\u0000', '\u0000', 'al\u0000ice', 'alice\u200b', 'alİce', 'ǅ', '\u212Aelvin', 'alice\u202e', 'ali ce', 'alice\n', 'a/b', 'a%2Fb',
  "x' OR 1=1 //", '}) DETACH DELETE n //', 'a`) MATCH (n) DETACH DELETE n //', '$id', 'x'.repeat(65)
]

t.test('ids: look-alikes, NUL bytes and Cypher-looking strings are 400 VALIDATION on every kind of route, nothing written', async t => {
  const app = await build(t)
  const [alice] = await createUsers(app, [uid()]) as [string]
  for (const bad of lookalikes) {
    const path = encodeURIComponent(bad)
    const answers = [
      await app.inject({ method: 'PUT', url: `/v1/users/${path}`, headers: admin(), payload: { username: 'ok_name' } }),
      await app.inject({ method: 'PATCH', url: `/v1/users/${path}`, headers: admin(), payload: { name: 'x' } }),
      await app.inject({ method: 'DELETE', url: `/v1/users/${path}`, headers: admin() }),
      await app.inject({ url: `/v1/users/${path}`, headers: service() }),
      await app.inject({ method: 'PUT', url: `/v1/users/${alice}/following/${path}`, headers: as(alice) }),
      await app.inject({ method: 'PUT', url: `/v1/users/${alice}/blocks/${path}`, headers: as(alice) }),
      await app.inject({ url: `/v1/users/${path}/followers`, headers: service() }),
      await app.inject({ url: `/v1/users/${alice}/relationships?ids=${path}`, headers: as(alice) })
    ]
    t.same(answers.map(r => `${r.statusCode} ${String(r.json().code)}`), Array(answers.length).fill('400 VALIDATION'), `id ${JSON.stringify(bad)}`)
  }
  t.same(await storedUsers(lookalikes), [], 'no such user stored')
  const counts = await app.inject({ url: `/v1/users/${alice}/counts`, headers: service() })
  t.match(counts.json(), { following: 0, blocks: 0 }, 'no edge written')
})

t.test('usernames: look-alikes and NUL bytes are refused; Cypher-looking names are stored verbatim and harmless', async t => {
  const app = await build(t)
  const id = uid()
  for (const bad of lookalikes) {
    const put = await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: bad } })
    t.equal(put.statusCode, 400, `username ${JSON.stringify(bad)} refused`)
    t.equal(put.json().code, 'VALIDATION')
    const lookup = await app.inject({ url: `/v1/usernames/${encodeURIComponent(bad)}`, headers: service() })
    t.equal(lookup.statusCode, 400, `lookup of ${JSON.stringify(bad)} refused`)
  }
  t.same(await storedUsers([id]), [], 'nothing written')

  const [other] = await createUsers(app, [uid()]) as [string]
  for (const name of ["x' OR 1=1 //", '}) DETACH DELETE n //', '"; MATCH (n) DETACH DELETE n; //', '\\u0000 {id: $id}', '😀 ﷽ ǅ', '']) {
    const put = await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: id, name } })
    t.ok([200, 201].includes(put.statusCode), `name ${JSON.stringify(name)} accepted as text`)
    t.equal((await app.inject({ url: `/v1/users/${id}`, headers: service() })).json().name, name, 'and returned verbatim')
  }
  const nul = await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: as(id), payload: { username: id, name: 'a\u0000b' } })
  t.ok([200, 400].includes(nul.statusCode), `a NUL byte in a name: ${nul.statusCode}`)
  if (nul.statusCode === 200) t.equal((await app.inject({ url: `/v1/users/${id}`, headers: service() })).json().name, 'a\u0000b', 'stored verbatim')
  t.equal((await app.inject({ url: `/v1/users/${other}`, headers: service() })).statusCode, 200, 'the graph is intact')
})

t.test('bodies: huge, deep, not JSON, wrong type, prototype poisoning: 4xx, nothing written', async t => {
  const app = await build(t)
  const id = uid()
  const put = async (payload: string, contentType = 'application/json') =>
    await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: { ...as(id), 'content-type': contentType }, payload })
  const cases: Array<[string, string, number, string, string?]> = [
    ['100 kB body', JSON.stringify({ username: id, name: 'x'.repeat(100_000) }), 413, 'BODY_TOO_LARGE'],
    ['10 MB body', JSON.stringify({ username: id, name: 'x'.repeat(10_000_000) }), 413, 'BODY_TOO_LARGE'],
    ['deep arrays', `{"username":"${id}","name":${'['.repeat(30_000)}${']'.repeat(30_000)}}`, 400, 'VALIDATION'],
    ['deep objects', `{"username":"${id}","name":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`, 400, 'VALIDATION'],
    ['not JSON', '{username: x}', 400, 'VALIDATION'],
    ['truncated JSON', `{"username":"${id}"`, 400, 'VALIDATION'],
    ['an array', `[{"username":"${id}"}]`, 400, 'VALIDATION'],
    ['a string', `"${id}"`, 400, 'VALIDATION'],
    ['null', 'null', 400, 'VALIDATION'],
    ['empty', '', 400, 'VALIDATION'],
    ['__proto__', `{"username":"${id}","__proto__":{"private":true}}`, 400, 'VALIDATION'],
    ['constructor.prototype', `{"username":"${id}","constructor":{"prototype":{"private":true}}}`, 400, 'VALIDATION'],
    ['unknown field', `{"username":"${id}","admin":true}`, 400, 'VALIDATION'],
    ['wrong type', `{"username":"${id}","private":"yes"}`, 400, 'VALIDATION'],
    ['name too long', JSON.stringify({ username: id, name: 'x'.repeat(66) }), 400, 'VALIDATION'],
    ['duplicate keys hiding a bad value', `{"username":"${id}","username":"bad name"}`, 400, 'VALIDATION'],
    ['text/plain', JSON.stringify({ username: id }), 415, 'UNSUPPORTED_MEDIA_TYPE', 'text/plain'],
    ['form', `username=${id}`, 415, 'UNSUPPORTED_MEDIA_TYPE', 'application/x-www-form-urlencoded']
  ]
  for (const [what, payload, status, code, type] of cases) {
    const res = await put(payload, type)
    t.equal(res.statusCode, status, `${what}: ${status}`)
    t.equal(res.json().code, code)
  }
  t.same(await storedUsers([id]), [], 'nothing written')
  const forged = await app.inject({ method: 'PUT', url: `/v1/users/${id}`, headers: { ...as(id), 'content-type': 'application/json', 'content-length': '10' }, payload: JSON.stringify({ username: id, name: 'longer than ten bytes' }) })
  t.ok(forged.statusCode >= 400 && forged.statusCode < 500, `a lying Content-Length: ${forged.statusCode}`)
  t.same(await storedUsers([id]), [], 'still nothing written')
})

t.test('ids lists, limits and cursors: 400 with a code', async t => {
  const app = await build(t)
  const [alice, ...fans] = await createUsers(app, [uid(), uid(), uid(), uid()]) as [string, ...string[]]
  for (const f of fans) t.equal((await app.inject({ method: 'PUT', url: `/v1/users/${f}/following/${alice}`, headers: as(f) })).statusCode, 201)
  const rel = async (ids: string) => await app.inject({ url: `/v1/users/${alice}/relationships?ids=${ids}`, headers: as(alice) })
  t.equal((await rel(fans.join(','))).statusCode, 200, 'a short list is fine')
  t.equal((await rel(Array(100).fill(fans[0]).join(','))).statusCode, 200, '100 ids are fine')
  for (const [what, ids] of [['101 ids', Array(101).fill('a').join(',')], ['5000 ids', Array.from({ length: 5000 }, (_, i) => `id${i}`).join(',')],
    ['empty', ''], ['empty entries', 'a,,b'], ['trailing comma', 'a,'], ['a NUL', 'a%00b'], ['Cypher', encodeURIComponent("a' OR 1=1 //")]] as const) {
    const res = await rel(ids)
    t.equal(res.statusCode, 400, `ids: ${what}`)
    t.equal(res.json().code, 'VALIDATION')
  }
  t.equal((await app.inject({ url: `/v1/users/${alice}/relationships`, headers: as(alice) })).statusCode, 400, 'ids missing')
  t.equal((await app.inject({ url: `/v1/users/${alice}/relationships?ids=a&ids=b`, headers: as(alice) })).statusCode, 400, 'ids given twice')

  const list = async (query: string, who = service(), kind = 'followers', of = alice) => await app.inject({ url: `/v1/users/${of}/${kind}?${query}`, headers: who })
  for (const limit of ['-1', '0', '1001', '1000000000', '99999999999999999999', '1.5', 'abc', '', '1e3x', '0x10', '%00']) {
    const res = await list(`limit=${limit}`)
    t.equal(res.statusCode, 400, `limit=${limit}`)
    t.equal(res.json().code, 'VALIDATION')
  }
  t.equal((await list('limit=1&limit=2')).statusCode, 400, 'limit given twice')
  t.equal((await list('limit=1000')).statusCode, 200, 'limit=1000 is fine')
  t.equal((await list('unknown=1')).statusCode, 400, 'an unknown query parameter')

  const first = (await list('limit=1')).json()
  t.type(first.nextCursor, 'string', 'a real cursor')
  const cursor = first.nextCursor as string
  t.equal((await list(`limit=1&cursor=${encodeURIComponent(cursor)}`)).statusCode, 200, 'the real cursor works')
  // Toggles the top bit of one base64url character: the decoded bytes always change (a low bit of the last
  // character may be padding, and flipping it would leave the same cursor).
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  const flip = (s: string, i: number): string => {
    const at = alphabet.indexOf(s[i] ?? 'A')
    return s.slice(0, i) + (at < 0 ? 'A' : alphabet[at ^ 32]) + s.slice(i + 1)
  }
  const forged = [
    ['altered at the start', flip(cursor, 0)], ['altered in the middle', flip(cursor, Math.floor(cursor.length / 2))],
    ['altered at the end', flip(cursor, cursor.length - 1)], ['truncated', cursor.slice(0, -3)], ['extended', `${cursor}AA`],
    ['random base64', Buffer.from(JSON.stringify({ since: 0, id: 'x' })).toString('base64url')], ['empty', ''], ['garbage', '!!!'],
    ['Cypher', "') MATCH (n) DETACH DELETE n //"], ['huge', 'A'.repeat(20_000)], ['NUL', '\u0000']
  ] as const
  for (const [what, bad] of forged) {
    const res = await list(`limit=1&cursor=${encodeURIComponent(bad)}`)
    t.equal(res.statusCode, 400, `cursor ${what}`)
    t.ok(['INVALID_CURSOR', 'VALIDATION'].includes(res.json().code), `cursor ${what}: ${String(res.json().code)}`)
  }
  const foreignList = await list(`limit=1&cursor=${encodeURIComponent(cursor)}`, service(), 'following', alice)
  t.equal(foreignList.statusCode, 400, 'a cursor made for another list')
  t.equal(foreignList.json().code, 'INVALID_CURSOR')
  const foreignUser = await list(`limit=1&cursor=${encodeURIComponent(cursor)}`, service(), 'followers', fans[0])
  t.equal(foreignUser.statusCode, 400, "a cursor made for another user's list")
  t.equal(foreignUser.json().code, 'INVALID_CURSOR')

  const suggestions = await app.inject({ url: `/v1/users/${alice}/suggestions?limit=101`, headers: as(alice) })
  t.ok([400, 404].includes(suggestions.statusCode), `suggestions?limit=101: ${suggestions.statusCode}`)
  const changes = await app.inject({ url: '/v1/changes?limit=-5', headers: admin() })
  t.ok([400, 404].includes(changes.statusCode), `changes?limit=-5: ${changes.statusCode}`)
})
