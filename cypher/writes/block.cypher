// Blocks, a batch of them, after lock-users.cypher. An op: {i, id, target, since (null: now; an import's
// given time)}. Unless id blocks target already (EXISTS: 200; an import's since is set on it), the blocker's
// own FOLLOWS to the target and the pending requests both ways are deleted and the BLOCKS edge created
// (BLOCKED: 201, recorded as `block`). The target's FOLLOWS to the blocker stays, hidden by the blocked
// filtering of lists and counts. Every edge is a seek of its type's pair-uniqueness index on (from, to).
// counters (see cypher/counts/user-counts.cypher): id's own follow, hidden if target blocked id, goes; the
// target's follow of id, if any, is hidden from now on.
UNWIND $ops AS op
OPTIONAL MATCH (a:User {id: op.id})
OPTIONAL MATCH (b:User {id: op.target})
OPTIONAL MATCH ()-[old:BLOCKS {from: op.id, to: op.target}]->()
WITH op, a, b, old,
     CASE
       WHEN a IS NULL THEN 'USER_NOT_FOUND_ID'
       WHEN b IS NULL THEN 'USER_NOT_FOUND_TARGET'
       WHEN old IS NOT NULL THEN 'EXISTS'
       ELSE 'BLOCKED'
     END AS outcome
CALL (old, op, outcome) {
  WITH old, op, outcome
  WHERE outcome = 'EXISTS' AND op.since IS NOT NULL
  SET old.since = datetime(op.since)
}
OPTIONAL CALL (a, b, op, outcome) {
  WITH a, b, op, outcome
  WHERE outcome = 'BLOCKED'
  OPTIONAL MATCH ()-[f:FOLLOWS {from: op.id, to: op.target}]->()
  OPTIONAL MATCH ()-[ra:REQUESTED {from: op.id, to: op.target}]->()
  OPTIONAL MATCH ()-[rb:REQUESTED {from: op.target, to: op.id}]->()
  WITH a, b, op, f, ra, rb,
       CASE WHEN f IS NOT NULL AND EXISTS { MATCH ()-[x:BLOCKS {from: op.target, to: op.id}]->() } THEN 1 ELSE 0 END AS ownHidden,
       CASE WHEN EXISTS { MATCH ()-[x:FOLLOWS {from: op.target, to: op.id}]->() } THEN 1 ELSE 0 END AS targetFollows
  DELETE f, ra, rb
  CREATE (a)-[:BLOCKS {since: coalesce(datetime(op.since), datetime({epochMillis: timestamp()})), from: op.id, to: op.target}]->(b)
  RETURN [[op.id, targetFollows, -ownHidden], [op.target, -ownHidden, targetFollows]] AS counters
}
RETURN op.i AS i, outcome, coalesce(counters, []) AS counters
