// Follow-request rejects, a batch of them, after lock-users.cypher: the requester's (target's) pending
// REQUESTED edge to id goes (a seek of requested_pair_unique). An op: {i, id, target}. Outcomes:
// USER_NOT_FOUND_ID / _TARGET, REQUEST_NOT_FOUND, REJECTED (recorded as `follow.rejected`). counters: a request
// hidden by a list block either way leaves id's hidden requests (a BLOCKS drops requests, so none hides one).
// List blocks: id's and target's block lists are read (seeks of list_blocks_pair_unique on from), then whether
// one holds the other is a seek of list_members_pair_unique for those lists (idListBlocks: id subscribes to a
// block list holding target; targetListBlocks: the other way). PROFILE: 2-4 db hits each for a user in no list.
UNWIND $ops AS op
OPTIONAL MATCH (a:User {id: op.id})
OPTIONAL MATCH (r:User {id: op.target})
OPTIONAL MATCH ()-[q:REQUESTED {from: op.target, to: op.id}]->()
CALL (op) {
  OPTIONAL MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = op.id AND s.list IS NOT NULL
  WITH collect(s.list) AS lists
  RETURN EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN lists AND x.member = op.target } AS idListBlocks
}
CALL (op) {
  OPTIONAL MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = op.target AND s.list IS NOT NULL
  WITH collect(s.list) AS lists
  RETURN EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN lists AND x.member = op.id } AS targetListBlocks
}
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
