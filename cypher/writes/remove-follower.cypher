// Follower removals, a batch of them, after lock-users.cypher: the follower's (target's) FOLLOWS to id goes,
// found by a seek of follows_pair_unique. An op: {i, id, target}. Outcomes: USER_NOT_FOUND_ID / _TARGET,
// NONE (no such follower: still 204), DELETED (recorded as `follower.removed`, actor id). counters: a
// follower hidden by a block relation (id's BLOCKS, or a list block either way) goes.
// List blocks are the reader view's @list-blocks (cypher/reader/), one way each (idListBlocks: id subscribes to
// a block list holding target; targetListBlocks: the other way). PROFILE: 2-4 db hits each for a user in no list.
UNWIND $ops AS op
OPTIONAL MATCH (a:User {id: op.id})
OPTIONAL MATCH (b:User {id: op.target})
OPTIONAL MATCH ()-[f:FOLLOWS {from: op.target, to: op.id}]->()
WITH *, @list-blocks(op.id, op.target) AS idListBlocks, @list-blocks(op.target, op.id) AS targetListBlocks
WITH op, f,
     CASE
       WHEN a IS NULL THEN 'USER_NOT_FOUND_ID'
       WHEN b IS NULL THEN 'USER_NOT_FOUND_TARGET'
       WHEN f IS NULL THEN 'NONE'
       ELSE 'DELETED'
     END AS outcome,
     CASE WHEN f IS NOT NULL AND (EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = op.id AND x.to = op.target }
       OR idListBlocks OR targetListBlocks) THEN 1 ELSE 0 END AS hidden
DELETE f
RETURN op.i AS i, outcome, CASE WHEN hidden = 1 THEN [[op.id, -1, 0], [op.target, 0, -1]] ELSE [] END AS counters
