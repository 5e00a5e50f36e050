// The CLI as a user runs it: a child process against the test instance, output to a pipe (so progress is
// plain lines on stderr and data on stdout).
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { connectionOf, instances } from '../../scripts/lib/local-neo4j.js'
import { script, uid } from '../helper.js'

const run = promisify(execFile)
const c = connectionOf(instances.test!)
const env = { ...process.env, NEO4J_URI: c.uri, NEO4J_USERNAME: c.username, NEO4J_PASSWORD: c.password }
const cli = async (...args: string[]): Promise<{ stdout: string, stderr: string }> =>
  await run(process.execPath, [...script('cli'), ...args], { env, maxBuffer: 64 * 1024 * 1024 })

t.test('import FILE, then export and stats see it; progress is plain lines in a pipe', async t => {
  const p = uid('cli')
  const file = join(tmpdir(), `${p}.ndjson`)
  writeFileSync(file, [
    { user: { id: `${p}_a`, username: `${p}a` } },
    { user: { id: `${p}_b`, username: `${p}b`, name: 'Bee' } },
    { follow: { from: `${p}_a`, to: `${p}_b`, since: '2024-04-04T04:04:04.044Z' } },
    { block: { from: `${p}_b`, to: `${p}_b` } },
    { list: { owner: `${p}_a`, id: 'pack', name: 'Pack', purpose: 'curation', createdAt: '2024-04-04T04:04:04.044Z' } },
    { member: { owner: `${p}_a`, list: 'pack', member: `${p}_b`, since: '2024-04-05T04:04:04.044Z' } }
  ].map(l => JSON.stringify(l)).join('\n') + '\n')

  const imported = await cli('import', file)
  t.match(JSON.parse(imported.stdout), { users: 2, follows: 1, lists: 1, members: 1, rejectedCount: 1, rejected: [{ line: 4, code: 'SELF_RELATION' }] })
  t.match(imported.stderr, /^import: \d+\/\d+ bytes \(100%\), \d+ lines\/s, done in \d+s$/m, 'a plain progress line')
  t.match(imported.stderr, /line 4: SELF_RELATION/)

  const edges = await cli('export', 'edges', '--type', 'FOLLOWS', '--after', `${p},0`)
  const mine = edges.stdout.split('\n').filter(l => l.includes(`"${p}_`)).map(l => JSON.parse(l))
  t.same(mine, [{ from: `${p}_a`, to: `${p}_b`, type: 'FOLLOWS', since: '2024-04-04T04:04:04.044Z' }])
  t.match(edges.stderr, /^export edges: \d+\/\d+ rows/m)

  const users = await cli('export', 'users', '--after', p)
  t.match(users.stdout.split('\n').slice(0, 2).map(l => JSON.parse(l)), [{ id: `${p}_a` }, { id: `${p}_b`, name: 'Bee' }])

  const lists = await cli('export', 'lists')
  t.same(lists.stdout.split('\n').filter(l => l.includes(`"${p}_`)).map(l => JSON.parse(l)), [
    { owner: `${p}_a`, id: 'pack', name: 'Pack', purpose: 'curation', description: '', createdAt: '2024-04-04T04:04:04.044Z' },
    { owner: `${p}_a`, list: 'pack', member: `${p}_b`, since: '2024-04-05T04:04:04.044Z' }
  ], 'lists, then members, as the import takes them')
  t.match(lists.stderr, /^export lists: \d+\/\d+ rows/m)

  const stats = JSON.parse((await cli('stats')).stdout)
  t.match(stats, { users: Number, FOLLOWS: Number, BLOCKS: Number, MUTES: Number, REQUESTED: Number })
  t.ok(stats.users >= 2 && stats.FOLLOWS >= 1)
})

t.test('seed makes the deterministic graph; usage errors exit 2', async t => {
  const p = uid('cs')
  const seeded = JSON.parse((await cli('seed', '--users', '60', '--follows', '300', '--seed', '7', '--prefix', `${p}_`)).stdout)
  t.match(seeded, { seed: 7, prefix: `${p}_`, users: 60 })
  t.ok(seeded.follows > 0)
  const bad = await cli('seed', '--users', 'many').catch((err: { code: number, stderr: string }) => err)
  t.match(bad, { code: 2, stderr: /--users needs a whole number/ })
  const unknown = await cli('frobnicate').catch((err: { code: number }) => err)
  t.match(unknown, { code: 2 })
})
