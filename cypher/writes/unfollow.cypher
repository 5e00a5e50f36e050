// Unfollows, a batch of them, after lock-users.cypher: id's FOLLOWS to target (hidden or not) and its pending
// request go, each found by a seek of its pair-uniqueness index on (from, to). An op: {i, id, target}.
// Outcomes: USER_NOT_FOUND_ID / _TARGET, NONE (nothing to delete: still 204), DELETED (recorded as `unfollow`).
// counters: the hidden-edge counter changes ([id, followers, following]) src/write-path.ts applies: a follow
// hidden by the target's block goes.
UNWIND $ops AS op
OPTIONAL MATCH (a:User {id: op.id})
OPTIONAL MATCH (b:User {id: op.target})
OPTIONAL MATCH ()-[f:FOLLOWS {from: op.id, to: op.target}]->()
OPTIONAL MATCH ()-[q:REQUESTED {from: op.id, to: op.target}]->()
WITH op, f, q,
     CASE
       WHEN a IS NULL THEN 'USER_NOT_FOUND_ID'
       WHEN b IS NULL THEN 'USER_NOT_FOUND_TARGET'
       WHEN f IS NULL AND q IS NULL THEN 'NONE'
       ELSE 'DELETED'
     END AS outcome,
     CASE WHEN f IS NOT NULL AND EXISTS { MATCH ()-[x:BLOCKS {from: op.target, to: op.id}]->() } THEN 1 ELSE 0 END AS hidden
DELETE f, q
RETURN op.i AS i, outcome, CASE WHEN hidden = 1 THEN [[op.id, 0, -1], [op.target, -1, 0]] ELSE [] END AS counters
