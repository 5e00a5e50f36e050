// Follow-request accepts, a batch of them, after lock-users.cypher: the requester's (target's) pending
// REQUESTED edge to id (a seek of requested_pair_unique) becomes a FOLLOWS dated now. The follow's block rules
// are checked again with both users locked: a block either way refuses it and the request stays
// (UNBLOCK_FIRST: id blocks the requester; BLOCKED_BY_TARGET: the requester blocks id). An op: {i, id,
// target}. Outcomes: USER_NOT_FOUND_ID / _TARGET, REQUEST_NOT_FOUND, those refusals, ACCEPTED (recorded as
// `follow.accepted`). A list block either way refuses it the same way (the request stays, hidden, since a list
// block deletes nothing).
// List blocks are the reader view's @list-blocks (cypher/reader/), one way each (idListBlocks: id subscribes to
// a block list holding target; targetListBlocks: the other way). PROFILE: 2-4 db hits each for a user in no list.
UNWIND $ops AS op
OPTIONAL MATCH (a:User {id: op.id})
OPTIONAL MATCH (r:User {id: op.target})
OPTIONAL MATCH ()-[q:REQUESTED {from: op.target, to: op.id}]->()
WITH *, @list-blocks(op.id, op.target) AS idListBlocks, @list-blocks(op.target, op.id) AS targetListBlocks
WITH op, a, r, q,
     CASE
       WHEN a IS NULL THEN 'USER_NOT_FOUND_ID'
       WHEN r IS NULL THEN 'USER_NOT_FOUND_TARGET'
       WHEN q IS NULL THEN 'REQUEST_NOT_FOUND'
       WHEN EXISTS { MATCH ()-[x:BLOCKS {from: op.id, to: op.target}]->() } OR idListBlocks THEN 'UNBLOCK_FIRST'
       WHEN EXISTS { MATCH ()-[x:BLOCKS {from: op.target, to: op.id}]->() } OR targetListBlocks THEN 'BLOCKED_BY_TARGET'
       ELSE 'ACCEPTED'
     END AS outcome
CALL (a, r, q, op, outcome) {
  WITH a, r, q, op, outcome
  WHERE outcome = 'ACCEPTED'
  DELETE q
  MERGE (r)-[f:FOLLOWS]->(a)
    ON CREATE SET f.from = op.target, f.to = op.id, f.since = datetime({epochMillis: timestamp()})
}
RETURN op.i AS i, outcome
