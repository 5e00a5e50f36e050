// The write-outcome table on its own: answers the routes give are counted as the single writes they stand for.
// (graph-metrics.test.ts reads the same counts back from /metrics after real writes.)
import t from 'tap'
import { writeOutcomes, writeRoute } from '../../src/metrics/write-outcomes.js'

const json = (body: unknown): string => JSON.stringify(body)

t.test('reads and routes outside /v1 are no writes; a write route not in the table counts under its own name', async t => {
  t.equal(writeRoute('GET', '/v1/users/:id/followers'), undefined)
  t.equal(writeRoute('PUT', '/ops/guide'), undefined)
  t.equal(writeRoute('PUT', undefined), undefined, 'no route matched (404)')
  t.same(writeRoute('PUT', '/v1/users/:id/lists/:list'), { kind: 'PUT /v1/users/:id/lists/:list' })
  t.same(writeOutcomes(writeRoute('PUT', '/v1/users/:id/lists/:list')!, 201, ''), [[{ kind: 'PUT /v1/users/:id/lists/:list', outcome: 'created' }, 1]])
})

t.test('a success by its status, as the route names it; a refusal or failure by its code', async t => {
  const follow = writeRoute('PUT', '/v1/users/:id/following/:target')!
  t.same(writeOutcomes(follow, 201, json({ state: 'following' })), [[{ kind: 'follow', outcome: 'created' }, 1]])
  t.same(writeOutcomes(follow, 200, json({ state: 'following' })), [[{ kind: 'follow', outcome: 'existing' }, 1]])
  t.same(writeOutcomes(follow, 202, json({ state: 'requested' })), [[{ kind: 'follow', outcome: 'requested' }, 1]])
  t.same(writeOutcomes(follow, 409, json({ statusCode: 409, code: 'UNBLOCK_FIRST' })), [[{ kind: 'follow', outcome: 'refused', code: 'UNBLOCK_FIRST' }, 1]])
  t.same(writeOutcomes(follow, 503, json({ statusCode: 503, code: 'DATABASE_BUSY' })), [[{ kind: 'follow', outcome: 'failed', code: 'DATABASE_BUSY' }, 1]])
  t.same(writeOutcomes(follow, 500, 'not json'), [[{ kind: 'follow', outcome: 'failed', code: 'UNKNOWN' }, 1]])
  t.same(writeOutcomes(writeRoute('DELETE', '/v1/users/:id')!, 204, ''), [[{ kind: 'user.delete', outcome: 'deleted' }, 1]])
  t.same(writeOutcomes(writeRoute('DELETE', '/v1/users/:id/blocks/:target')!, 204, ''), [[{ kind: 'unblock', outcome: 'done' }, 1]])
  t.same(writeOutcomes(writeRoute('POST', '/v1/users/:id/follow-requests/:requester/accept')!, 200, json({ state: 'following' })),
    [[{ kind: 'request.accept', outcome: 'accepted' }, 1]])
})

t.test('an import counts its lines; refusals past the listed ones as UNLISTED', async t => {
  const answer = { users: 2, follows: 5, requests: 0, blocks: 1, mutes: 0, rejected: [{ line: 3, code: 'VALIDATION' }, { line: 9, code: 'VALIDATION' }], rejectedCount: 5 }
  t.same(writeOutcomes(writeRoute('POST', '/v1/import')!, 200, json(answer)), [
    [{ kind: 'import.user', outcome: 'applied' }, 2],
    [{ kind: 'import.follow', outcome: 'applied' }, 5],
    [{ kind: 'import.request', outcome: 'applied' }, 0],
    [{ kind: 'import.block', outcome: 'applied' }, 1],
    [{ kind: 'import.mute', outcome: 'applied' }, 0],
    [{ kind: 'import.line', outcome: 'refused', code: 'VALIDATION' }, 2],
    [{ kind: 'import.line', outcome: 'refused', code: 'UNLISTED' }, 3]
  ])
})

t.test('following many at once counts each target as the single follow it stands for', async t => {
  const many = writeRoute('POST', '/v1/users/:id/following')!
  const items = [
    { target: 'a', status: 201, state: 'following' }, { target: 'b', status: 201, state: 'following' },
    { target: 'c', status: 200, state: 'following' }, { target: 'd', status: 202, state: 'requested' },
    { target: 'e', status: 403, code: 'BLOCKED_BY_TARGET' }, { target: 'f', status: 404, code: 'USER_NOT_FOUND' }
  ]
  t.same(writeOutcomes(many, 200, json({ items })), [
    [{ kind: 'follow', outcome: 'created' }, 2],
    [{ kind: 'follow', outcome: 'existing' }, 1],
    [{ kind: 'follow', outcome: 'requested' }, 1],
    [{ kind: 'follow', outcome: 'refused', code: 'BLOCKED_BY_TARGET' }, 1],
    [{ kind: 'follow', outcome: 'refused', code: 'USER_NOT_FOUND' }, 1]
  ])
  t.same(writeOutcomes(many, 400, json({ statusCode: 400, code: 'VALIDATION' })), [[{ kind: 'follow.many', outcome: 'refused', code: 'VALIDATION' }, 1]],
    'a request refused as a whole counts once')
})
