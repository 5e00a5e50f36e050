// Unfollows, a batch of them, after lock-users.cypher: id's FOLLOWS to target (hidden or not) and its pending
// request go, each found by a seek of its pair-uniqueness index on (from, to). An op: {i, id, target}.
// Outcomes: USER_NOT_FOUND_ID / _TARGET, NONE (nothing to delete: still 204), DELETED (recorded as `unfollow`).
// counters: the hidden-edge counter changes ([id, followers, following, requests]) src/queries/writes.ts
// applies: a follow or request hidden by a block relation (the target's BLOCKS, or a list block either way)
// goes.
// List blocks are the reader view's @list-blocks (cypher/reader/), one way each (idListBlocks: id subscribes to
// a block list holding target; targetListBlocks: the other way). PROFILE: 2-4 db hits each for a user in no list.
UNWIND $ops AS op
OPTIONAL MATCH (a:User {id: op.id})
OPTIONAL MATCH (b:User {id: op.target})
OPTIONAL MATCH ()-[f:FOLLOWS {from: op.id, to: op.target}]->()
OPTIONAL MATCH ()-[q:REQUESTED {from: op.id, to: op.target}]->()
WITH *, @list-blocks(op.id, op.target) AS idListBlocks, @list-blocks(op.target, op.id) AS targetListBlocks
WITH op, f, q,
     CASE
       WHEN a IS NULL THEN 'USER_NOT_FOUND_ID'
       WHEN b IS NULL THEN 'USER_NOT_FOUND_TARGET'
       WHEN f IS NULL AND q IS NULL THEN 'NONE'
       ELSE 'DELETED'
     END AS outcome,
     EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = op.target AND x.to = op.id } OR idListBlocks
       OR targetListBlocks AS hidden
DELETE f, q
RETURN op.i AS i, outcome,
       CASE WHEN hidden THEN [[op.id, 0, CASE WHEN f IS NULL THEN 0 ELSE -1 END, 0],
         [op.target, CASE WHEN f IS NULL THEN 0 ELSE -1 END, 0, CASE WHEN q IS NULL THEN 0 ELSE -1 END]] ELSE [] END AS counters
