// Follow-request rejects, a batch of them, after lock-users.cypher: the requester's (target's) pending
// REQUESTED edge to id goes (a seek of requested_pair_unique). An op: {i, id, target}. Outcomes:
// USER_NOT_FOUND_ID / _TARGET, REQUEST_NOT_FOUND, REJECTED (recorded as `follow.rejected`).
UNWIND $ops AS op
OPTIONAL MATCH (a:User {id: op.id})
OPTIONAL MATCH (r:User {id: op.target})
OPTIONAL MATCH ()-[q:REQUESTED {from: op.target, to: op.id}]->()
WITH op, q,
     CASE
       WHEN a IS NULL THEN 'USER_NOT_FOUND_ID'
       WHEN r IS NULL THEN 'USER_NOT_FOUND_TARGET'
       WHEN q IS NULL THEN 'REQUEST_NOT_FOUND'
       ELSE 'REJECTED'
     END AS outcome
DELETE q
RETURN op.i AS i, outcome
