// DELETE /v1/users/{id}: the user and every edge touching it, in one transaction (its own lists are deleted
// first, through the write path: src/plugins/app/users-repository.ts). First the hidden-edge counters of the
// others (see user-counts.cypher): every follow or request between it and a user in a block relation with it
// was hidden, and leaves that user's counters. Those users are found from its BLOCKS edges (few), and from its
// block lists' members and the subscribers of the block lists that hold it (bounded by those lists, never by its
// followers), each once (UNION), and kept only with a follow or request between the two (Expand(Into)); each
// is locked before its counters are read, so a concurrent write cannot be lost, and the user itself first, so
// no write on it runs meanwhile.
MATCH (x:User {id: $id})
SET x.__lock = true
REMOVE x.__lock
WITH x
CALL (x) {
  CALL (x) {
    MATCH (x)-[:BLOCKS]-(u:User) RETURN u
    UNION
    MATCH (x)-[:BLOCKS_LIST]->(:List)-[:HAS_MEMBER]->(u:User) RETURN u
    UNION
    MATCH (x)<-[:HAS_MEMBER]-(:List)<-[:BLOCKS_LIST]-(u:User) RETURN u
  }
  WITH x, u
  WHERE u <> x AND EXISTS { (x)-[:FOLLOWS|REQUESTED]-(u) }
  SET u.__lock = true
  REMOVE u.__lock
  WITH x, u
  SET u.hiddenFollowers = u.hiddenFollowers - CASE WHEN EXISTS { (x)-[:FOLLOWS]->(u) } THEN 1 ELSE 0 END,
      u.hiddenFollowing = u.hiddenFollowing - CASE WHEN EXISTS { (u)-[:FOLLOWS]->(x) } THEN 1 ELSE 0 END,
      u.hiddenRequests = u.hiddenRequests - CASE WHEN EXISTS { (x)-[:REQUESTED]->(u) } THEN 1 ELSE 0 END
}
DETACH DELETE x
RETURN count(*) AS deleted
