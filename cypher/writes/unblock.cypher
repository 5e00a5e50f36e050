// Unblocks, a batch of them, after lock-users.cypher: id's BLOCKS to target goes (a seek of
// blocks_pair_unique). An op: {i, id, target}. Outcomes: USER_NOT_FOUND_ID / _TARGET, NONE (no block: still
// 204), DELETED (recorded as `unblock`). counters: the target's follow of id, if any, shows again unless a list
// block either way still hides it (the target cannot BLOCK id while following it). While id blocked target no
// request was made between them, and id's follow of target was deleted by the block.
// List blocks are the reader view's @list-blocks (cypher/reader/), one way each (idListBlocks: id subscribes to
// a block list holding target; targetListBlocks: the other way). PROFILE: 2-4 db hits each for a user in no list.
UNWIND $ops AS op
OPTIONAL MATCH (a:User {id: op.id})
OPTIONAL MATCH (b:User {id: op.target})
OPTIONAL MATCH ()-[r:BLOCKS {from: op.id, to: op.target}]->()
WITH *, @list-blocks(op.id, op.target) AS idListBlocks, @list-blocks(op.target, op.id) AS targetListBlocks
WITH op, r,
     CASE
       WHEN a IS NULL THEN 'USER_NOT_FOUND_ID'
       WHEN b IS NULL THEN 'USER_NOT_FOUND_TARGET'
       WHEN r IS NULL THEN 'NONE'
       ELSE 'DELETED'
     END AS outcome,
     r IS NOT NULL AND EXISTS { MATCH ()-[x:FOLLOWS {from: op.target, to: op.id}]->() }
       AND NOT idListBlocks AND NOT targetListBlocks AS showsAgain
DELETE r
RETURN op.i AS i, outcome, CASE WHEN showsAgain THEN [[op.id, -1, 0], [op.target, 0, -1]] ELSE [] END AS counters
