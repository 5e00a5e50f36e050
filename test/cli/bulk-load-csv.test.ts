// The bulk load's conversion on its own (no server): an input of several worker runs, cut into pieces of odd
// sizes, keeps every line's number across the cuts (bad lines refused by number, a line longer than the limit
// skipped unread and refused by its number, a CRLF line and a last line without a line break taken), and the
// hidden-edge counters it counts equal the pairs of a follow and a block of the other way, whichever of the
// two lines comes first.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { convertToCsv } from '../../scripts/lib/bulk-load/csv-files.js'
import { maxLineLength } from '../../src/import/lines.js'

/** The text as pieces of `size` bytes, as a file stream might give them. */
async function * pieces (text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text)
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

const user = (i: number): string => JSON.stringify({ id: `c${i}`, username: `c${i}`, name: `User ${i}`, createdAt: '2024-01-01T00:00:00.000Z' })
const edge = (from: number, to: number, type: string): string =>
  JSON.stringify({ from: `c${from}`, to: `c${to}`, type, since: '2024-02-29T10:00:00.000Z' })

t.test('line numbers, long lines and hidden-edge counters across worker runs', async t => {
  const dir = mkdtempSync(join(tmpdir(), 'bulk-csv-'))
  t.teardown(() => { rmSync(dir, { recursive: true, force: true }) })
  const n = 2_000
  const lines: string[] = []
  for (let i = 0; i < n; i++) lines.push(user(i))
  const bad: Array<[number, string]> = []
  const badLine = (text: string, code: string): void => { lines.push(text); bad.push([lines.length, code]) }
  let follows = 0
  // Source by source: i follows the next 12 users. Every tenth source (i % 10 = 3) blocks i + 20, who follows
  // it back in its own source, later (the follow comes after the block); every tenth (i % 10 = 7) blocks
  // i - 5, whose follow of i came before (the block comes after the follow).
  for (let i = 0; i < n; i++) {
    for (let k = 1; k <= 12; k++) lines.push(edge(i, (i + k) % n, 'FOLLOWS'))
    follows += 12
    if ((i - 20 + n) % n % 10 === 3) {
      lines.push(edge(i, (i - 20 + n) % n, 'FOLLOWS'))
      follows++
    }
    if (i % 10 === 3) lines.push(edge(i, (i + 20) % n, 'BLOCKS'))
    if (i % 10 === 7) lines.push(edge(i, i - 5, 'BLOCKS'))
    if (i === 500) badLine('not json', 'VALIDATION')
    if (i === 900) badLine(`{"from":"c1","to":"${'x'.repeat(5 * maxLineLength)}","type":"FOLLOWS"}`, 'VALIDATION')
    if (i === 901) badLine(edge(i, n + 7, 'FOLLOWS'), 'USER_NOT_FOUND')
    if (i === 1500) {
      lines.push(edge(i, (i + 13) % n, 'FOLLOWS') + '\r')
      follows++
    }
  }
  const first = lines.join('\n') + '\n'
  t.ok(Buffer.byteLength(first) > 2 * (1 << 20), 'several worker runs')
  // A second source, numbered from 1 again, its last line without a line break.
  const second = [user(n), 'not json', edge(n, 0, 'FOLLOWS')].join('\n')
  follows++

  const files = await convertToCsv([
    { name: 'a.ndjson', input: pieces(first, 7_919) },
    { name: 'b.ndjson', input: pieces(second, 10) }
  ], { dir, threads: 2 })
  t.same(files.rejected.map(r => [r.file, r.line, r.code]), [...bad.map(([line, code]) => ['a.ndjson', line, code]), ['b.ndjson', 2, 'VALIDATION']], 'refused by their numbers')
  t.match(files.rejected[1], { message: /longer than/ })
  t.equal(files.counts.users, n + 1)
  const rows = (path: string): string[][] => readFileSync(path, 'utf8').trim().split('\n').slice(1).map(r => r.split(','))
  t.equal(rows(files.relationships.FOLLOWS!).length, follows, 'every follow (the CRLF line\'s and the last line\'s too)')
  t.equal(files.counts.follows, follows)
  t.notOk(files.multiline)

  // The counters counted here from the files: a follow of f to b hidden when b blocks f.
  const followPairs = new Set(rows(files.relationships.FOLLOWS!).map(([from, to]) => `${from!}>${to!}`))
  const expected = new Map<string, { followers: number, following: number }>()
  const of = (id: string): { followers: number, following: number } => expected.get(id) ?? expected.set(id, { followers: 0, following: 0 }).get(id)!
  for (const [blocker, blocked] of rows(files.relationships.BLOCKS!)) {
    if (followPairs.has(`${blocked!}>${blocker!}`)) {
      of(blocker!).followers++
      of(blocked!).following++
    }
  }
  t.equal([...expected.values()].reduce((sum, c) => sum + c.followers, 0), 2 * n / 10, 'a hidden follow for each block, of both orders')
  t.same(
    new Map(files.hidden.map(h => [h.id, { followers: h.followers, following: h.following }])),
    expected,
    'the counted hidden-edge counters equal the pairs'
  )
})
