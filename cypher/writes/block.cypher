// Blocks, a batch of them, after lock-users.cypher. An op: {i, id, target, since (null: now; an import's
// given time)}. Unless id blocks target already (EXISTS: 200; an import's since is set on it), the blocker's
// own FOLLOWS to the target and the pending requests both ways are deleted and the BLOCKS edge created
// (BLOCKED: 201, recorded as `block`). The target's FOLLOWS to the blocker stays, hidden by the blocked
// filtering of lists and counts. Every edge is a seek of its type's pair-uniqueness index on (from, to).
// counters (see cypher/counts/user-counts.cypher): whether the pair already stood in a block relation (the
// target's BLOCKS, or a list block either way: it hid their edges) decides: id's own follow, and the pending
// requests both ways, go (hidden ones leave the counters); the target's follow of id, if any, is hidden from
// now on (counted unless it already was).
// List blocks are the reader view's @list-blocks (cypher/reader/), one way each (idListBlocks: id subscribes to
// a block list holding target; targetListBlocks: the other way). PROFILE: 2-4 db hits each for a user in no list.
UNWIND $ops AS op
OPTIONAL MATCH (a:User {id: op.id})
OPTIONAL MATCH (b:User {id: op.target})
OPTIONAL MATCH ()-[old:BLOCKS {from: op.id, to: op.target}]->()
WITH *, @list-blocks(op.id, op.target) AS idListBlocks, @list-blocks(op.target, op.id) AS targetListBlocks
WITH op, a, b, old,
     CASE
       WHEN a IS NULL THEN 'USER_NOT_FOUND_ID'
       WHEN b IS NULL THEN 'USER_NOT_FOUND_TARGET'
       WHEN old IS NOT NULL THEN 'EXISTS'
       ELSE 'BLOCKED'
     END AS outcome,
     EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = op.target AND x.to = op.id } OR idListBlocks
       OR targetListBlocks AS wasHidden
CALL (old, op, outcome) {
  WITH old, op, outcome
  WHERE outcome = 'EXISTS' AND op.since IS NOT NULL
  SET old.since = datetime(op.since)
}
OPTIONAL CALL (a, b, op, outcome, wasHidden) {
  WITH a, b, op, outcome, wasHidden
  WHERE outcome = 'BLOCKED'
  OPTIONAL MATCH ()-[f:FOLLOWS {from: op.id, to: op.target}]->()
  OPTIONAL MATCH ()-[ra:REQUESTED {from: op.id, to: op.target}]->()
  OPTIONAL MATCH ()-[rb:REQUESTED {from: op.target, to: op.id}]->()
  WITH a, b, op, f, ra, rb,
       CASE WHEN wasHidden AND f IS NOT NULL THEN 1 ELSE 0 END AS ownHidden,
       CASE WHEN NOT wasHidden AND EXISTS { MATCH ()-[x:FOLLOWS {from: op.target, to: op.id}]->() } THEN 1 ELSE 0 END AS targetHides,
       CASE WHEN wasHidden AND ra IS NOT NULL THEN 1 ELSE 0 END AS ownRequestHidden,
       CASE WHEN wasHidden AND rb IS NOT NULL THEN 1 ELSE 0 END AS targetRequestHidden
  DELETE f, ra, rb
  CREATE (a)-[:BLOCKS {since: coalesce(datetime(op.since), datetime({epochMillis: timestamp()})), from: op.id, to: op.target}]->(b)
  RETURN [[op.id, targetHides, -ownHidden, -targetRequestHidden], [op.target, -ownHidden, targetHides, -ownRequestHidden]] AS counters
}
RETURN op.i AS i, outcome, coalesce(counters, []) AS counters
