// Follow-request rejects, a batch of them, after lock-users.cypher: the requester's (target's) pending
// REQUESTED edge to id goes (a seek of requested_pair_unique). An op: {i, id, target}. Outcomes:
// USER_NOT_FOUND_ID / _TARGET, REQUEST_NOT_FOUND, REJECTED (recorded as `follow.rejected`). counters: a request
// hidden by a list block either way leaves id's hidden requests (a BLOCKS drops requests, so none hides one).
// List blocks are the reader view's @list-blocks (cypher/reader/), one way each (idListBlocks: id subscribes to
// a block list holding target; targetListBlocks: the other way). PROFILE: 2-4 db hits each for a user in no list.
UNWIND $ops AS op
OPTIONAL MATCH (a:User {id: op.id})
OPTIONAL MATCH (r:User {id: op.target})
OPTIONAL MATCH ()-[q:REQUESTED {from: op.target, to: op.id}]->()
WITH *, @list-blocks(op.id, op.target) AS idListBlocks, @list-blocks(op.target, op.id) AS targetListBlocks
WITH op, q,
     q IS NOT NULL AND (idListBlocks OR targetListBlocks) AS hidden,
     CASE
       WHEN a IS NULL THEN 'USER_NOT_FOUND_ID'
       WHEN r IS NULL THEN 'USER_NOT_FOUND_TARGET'
       WHEN q IS NULL THEN 'REQUEST_NOT_FOUND'
       ELSE 'REJECTED'
     END AS outcome
DELETE q
RETURN op.i AS i, outcome, CASE WHEN hidden THEN [[op.id, 0, 0, -1]] ELSE [] END AS counters
