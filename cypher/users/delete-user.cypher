// DELETE /v1/users/{id}: the user and every edge touching it, in one transaction. First the hidden-edge
// counters of the others (see user-counts.cypher): a user that blocks it loses it as a hidden follower, a user
// it blocks loses it as a hidden following. Both sets are found from its BLOCKS edges (few), checked with a
// seek of follows_pair_unique; each such user is locked before its counter is read, so a concurrent write
// cannot be lost, and the user itself first, so no relationship write on it runs meanwhile.
MATCH (x:User {id: $id})
SET x.__lock = true
REMOVE x.__lock
WITH x
CALL (x) {
  MATCH (x)<-[:BLOCKS]-(u:User)
    WHERE EXISTS { MATCH ()-[r:FOLLOWS]->() WHERE r.from = $id AND r.to = u.id }
  SET u.__lock = true
  REMOVE u.__lock
  SET u.hiddenFollowers = u.hiddenFollowers - 1
}
CALL (x) {
  MATCH (x)-[:BLOCKS]->(u:User)
    WHERE EXISTS { MATCH ()-[r:FOLLOWS]->() WHERE r.from = u.id AND r.to = $id }
  SET u.__lock = true
  REMOVE u.__lock
  SET u.hiddenFollowing = u.hiddenFollowing - 1
}
DETACH DELETE x
RETURN count(*) AS deleted
