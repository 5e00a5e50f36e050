// The real Bitcoin OTC trust network (SNAP) imported through the API: positive rating -> follow, negative ->
// block, in the file's order. Every line must be accounted for, exactly as the live API's rules replayed in
// order say (computed here independently), and the exported graph must be that replay's graph.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { packageRoot } from '../../../src/package-root.js'
import { admin, build, uid } from '../../helper.js'

const csv = readFileSync(join(packageRoot, '..', 'shared', 'data', 'soc-sign-bitcoinotc.csv'), 'utf8')

t.test('the Bitcoin OTC dataset imports with every line applied or refused with a reason', async t => {
  const app = await build(t)
  const p = uid('btc')
  const id = (n: string): string => `${p}_${n}`
  const edges = csv.split('\n').filter(l => l !== '').map(l => l.split(',') as [string, string, string, string])
  const users = [...new Set(edges.flatMap(([s, d]) => [s, d]))].sort()
  const lines = [
    ...users.map(n => JSON.stringify({ user: { id: id(n), username: `${p}${n}` } })),
    ...edges.map(([s, d, rating, time]) => JSON.stringify({
      [Number(rating) > 0 ? 'follow' : 'block']: { from: id(s), to: id(d), since: new Date(Number(time) * 1000).toISOString() }
    }))
  ]

  // The rules replayed line by line.
  const follows = new Set<string>()
  const blocks = new Set<string>()
  const expected: Array<[number, string]> = []
  let applied = { follows: 0, blocks: 0 }
  edges.forEach(([s, d, rating], i) => {
    const line = users.length + i + 1
    const [from, to] = [id(s), id(d)]
    if (Number(rating) < 0) {
      blocks.add(`${from} ${to}`)
      follows.delete(`${from} ${to}`)
      applied = { ...applied, blocks: applied.blocks + 1 }
    } else if (follows.has(`${from} ${to}`)) applied = { ...applied, follows: applied.follows + 1 }
    else if (blocks.has(`${to} ${from}`)) expected.push([line, 'BLOCKED_BY_TARGET'])
    else if (blocks.has(`${from} ${to}`)) expected.push([line, 'UNBLOCK_FIRST'])
    else {
      follows.add(`${from} ${to}`)
      applied = { ...applied, follows: applied.follows + 1 }
    }
  })

  const res = await app.inject({ method: 'POST', url: '/v1/import', headers: { ...admin(), 'content-type': 'application/x-ndjson' }, payload: lines.join('\n') + '\n' })
  t.equal(res.statusCode, 200)
  const body = res.json()
  t.equal(body.users + body.follows + body.blocks + body.rejectedCount, lines.length, 'every line is accounted for')
  t.match(body, { users: users.length, follows: applied.follows, blocks: applied.blocks, rejectedCount: expected.length })
  t.same(body.rejected.map((r: { line: number, code: string }) => [r.line, r.code]), expected, 'refused lines, each with its reason')
  t.ok(expected.length > 0, 'the dataset exercises the block rules')

  const exported = async (type: string): Promise<string[]> => {
    const out = await app.inject({ url: `/v1/export/edges?type=${type}&after=${p},0`, headers: admin() })
    return out.body.split('\n').filter(l => l.startsWith(`{"from":"${p}_`)).map(l => { const r = JSON.parse(l); return `${String(r.from)} ${String(r.to)}` })
  }
  t.same(await exported('FOLLOWS'), [...follows].sort(), 'the FOLLOWS edges are the replay\'s')
  t.same(await exported('BLOCKS'), [...blocks].sort(), 'the BLOCKS edges are the replay\'s')
})
