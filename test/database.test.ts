// Values leave the database layer plain: DateTimes as ISO-8601 UTC with milliseconds, whatever their offset.
import neo4j from 'neo4j-driver'
import t from 'tap'
import { toPlain } from '../src/database.js'
import { build } from './helper.js'

t.test('toPlain turns DateTimes of any offset into UTC ISO strings with milliseconds', async t => {
  const cases: Array<[InstanceType<typeof neo4j.types.DateTime>, string]> = [
    [neo4j.types.DateTime.fromStandardDate(new Date('2026-11-24T10:00:00.123Z')), '2026-11-24T10:00:00.123Z'],
    [neo4j.types.DateTime.fromStandardDate(new Date(0)), '1970-01-01T00:00:00.000Z'],
    [new neo4j.types.DateTime(2024, 2, 29, 1, 2, 3, 456_789_000, 3600), '2024-02-29T00:02:03.456Z'],
    [new neo4j.types.DateTime(2024, 1, 1, 0, 30, 0, 999_999_999, -5400), '2024-01-01T02:00:00.999Z']
  ]
  for (const [value, iso] of cases) {
    t.equal(toPlain(value), iso)
    t.equal(toPlain(value), value.toStandardDate().toISOString(), 'agrees with the driver')
  }
  t.same(toPlain({ a: [cases[0]![0]], n: 3, s: 'x', z: null }), { a: ['2026-11-24T10:00:00.123Z'], n: 3, s: 'x', z: null })
})

t.test('DateTimes read from Neo4j (numbers for fields) convert the same way', async t => {
  const app = await build(t)
  const session = app.db.driver.session({ database: app.db.database })
  try {
    const result = await session.run("RETURN datetime('2025-06-30T23:59:59.5+02:00') AS a, datetime({epochMillis: 1700000000001}) AS b")
    const record = result.records[0]!
    t.equal(toPlain(record.get('a')), '2025-06-30T21:59:59.500Z')
    t.equal(toPlain(record.get('b')), new Date(1700000000001).toISOString())
  } finally {
    await session.close()
  }
})

t.test('a one-statement read runs as a read transaction (a write in it is refused); a failed one still says why', async t => {
  const app = await build(t)
  t.same(await app.db.run({ name: 'read', text: 'RETURN 1 AS one', routing: 'READ' }), [{ one: 1 }])
  // Routed as READ, the auto-commit transaction is a read transaction: Neo4j refuses a write in it.
  const write = app.db.run({ name: 'write-in-read', text: 'CREATE (:DatabaseTestNode) RETURN 1 AS one', routing: 'READ' })
  await t.rejects(write, { code: 'Neo.ClientError.Statement.AccessMode' })
  t.same(await app.db.run({ name: 'count', text: 'MATCH (n:DatabaseTestNode) RETURN count(n) AS n', routing: 'READ' }), [{ n: 0 }], 'nothing written')
  // Without the driver's per-result stack trace, the error keeps its code and message.
  await t.rejects(app.db.run({ name: 'bad', text: 'RETURN nosuchfunction(1)', routing: 'READ' }), { code: 'Neo.ClientError.Statement.SyntaxError', message: /nosuchfunction/ })
  await t.rejects(app.db.transaction('READ', async tx => await tx.run({ name: 'bad', text: 'RETURN nosuchfunction(2)', routing: 'READ' })), { message: /nosuchfunction/ })
  t.equal(Error.stackTraceLimit, 10, 'the process keeps its stack trace limit')
})
