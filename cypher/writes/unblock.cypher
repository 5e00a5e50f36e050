// Unblocks, a batch of them, after lock-users.cypher: id's BLOCKS to target goes (a seek of
// blocks_pair_unique). An op: {i, id, target}. Outcomes: USER_NOT_FOUND_ID / _TARGET, NONE (no block: still
// 204), DELETED (recorded as `unblock`). counters: the target's follow of id, if any, shows again (the target
// cannot block id while following it, so no other block hides it).
UNWIND $ops AS op
OPTIONAL MATCH (a:User {id: op.id})
OPTIONAL MATCH (b:User {id: op.target})
OPTIONAL MATCH ()-[r:BLOCKS {from: op.id, to: op.target}]->()
WITH op, r,
     CASE
       WHEN a IS NULL THEN 'USER_NOT_FOUND_ID'
       WHEN b IS NULL THEN 'USER_NOT_FOUND_TARGET'
       WHEN r IS NULL THEN 'NONE'
       ELSE 'DELETED'
     END AS outcome,
     r IS NOT NULL AND EXISTS { MATCH ()-[x:FOLLOWS {from: op.target, to: op.id}]->() } AS showsAgain
DELETE r
RETURN op.i AS i, outcome, CASE WHEN showsAgain THEN [[op.id, -1, 0], [op.target, 0, -1]] ELSE [] END AS counters
