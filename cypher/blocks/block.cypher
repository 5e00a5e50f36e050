// PUT /v1/users/{id}/blocks/{target} in one statement: the pair lock (as follow.cypher: both users in $ids
// order, collect() as the barrier), then, unless id blocks target already (EXISTS: 200), the blocker's own
// FOLLOWS to the target and the pending requests both ways are deleted and the BLOCKS edge created, recorded
// as `block`, last. The target's FOLLOWS to the blocker stays (hidden by the blocked filtering of lists and
// counts, and counted in the users' hiddenFollowers / hiddenFollowing). Edge lookups are seeks of the types' pair-uniqueness indexes on (from, to). Answers
// USER_NOT_FOUND_ID / USER_NOT_FOUND_TARGET, EXISTS or BLOCKED (201).
UNWIND $ids AS lockId
MATCH (u:User {id: lockId})
SET u.__lock = true
REMOVE u.__lock
WITH collect(u.id) AS found
OPTIONAL MATCH (a:User {id: $id})
OPTIONAL MATCH (b:User {id: $target})
WITH a, b,
     CASE
       WHEN NOT $id IN found THEN 'USER_NOT_FOUND_ID'
       WHEN NOT $target IN found THEN 'USER_NOT_FOUND_TARGET'
       WHEN EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = $id AND x.to = $target } THEN 'EXISTS'
       ELSE 'BLOCKED'
     END AS outcome
CALL (a, b, outcome) {
  WITH a, b, outcome
  WHERE outcome = 'BLOCKED'
  OPTIONAL MATCH ()-[f:FOLLOWS {from: $id, to: $target}]->()
  OPTIONAL MATCH ()-[ra:REQUESTED {from: $id, to: $target}]->()
  OPTIONAL MATCH ()-[rb:REQUESTED {from: $target, to: $id}]->()
  WITH a, b, f, ra, rb,
       CASE WHEN f IS NOT NULL AND EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = $target AND x.to = $id } THEN 1 ELSE 0 END AS ownHiddenFollow,
       CASE WHEN EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = $target AND x.to = $id } THEN 1 ELSE 0 END AS targetFollows
  DELETE f, ra, rb
  CREATE (a)-[:BLOCKS {since: datetime({epochMillis: timestamp()}), from: $id, to: $target}]->(b)
  // Hidden-edge counters (see user-counts.cypher): id's own follow, hidden if target blocked id, goes; the
  // target's follow of id, if any, is hidden from now on. Both users are locked since the first clause, so
  // these reads and writes cannot lose a concurrent update.
  SET a.hiddenFollowing = a.hiddenFollowing - ownHiddenFollow,
      b.hiddenFollowers = b.hiddenFollowers - ownHiddenFollow,
      a.hiddenFollowers = a.hiddenFollowers + targetFollows,
      b.hiddenFollowing = b.hiddenFollowing + targetFollows
  CREATE (:Change {id: randomUUID(), at: datetime({epochMillis: timestamp()}), type: 'block', actor: $id, target: $target})
}
RETURN outcome
