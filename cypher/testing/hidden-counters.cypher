// Test check: each of $ids with its stored hidden-edge counters and the true numbers from its edges: its
// follows and requests with a user in a block relation with it (a BLOCKS either way, or a list block either
// way: one subscribes to a block list that holds the other), to compare.
UNWIND $ids AS id
MATCH (u:User {id: id})
RETURN u.id AS id,
       u.hiddenFollowers AS storedFollowers,
       u.hiddenFollowing AS storedFollowing,
       u.hiddenRequests AS storedRequests,
       COUNT { (u)<-[:FOLLOWS]-(f) WHERE (f)-[:BLOCKS]-(u) OR (f)-[:BLOCKS_LIST]->(:List)-[:HAS_MEMBER]->(u)
         OR (u)-[:BLOCKS_LIST]->(:List)-[:HAS_MEMBER]->(f) } AS trueFollowers,
       COUNT { (u)-[:FOLLOWS]->(t) WHERE (t)-[:BLOCKS]-(u) OR (t)-[:BLOCKS_LIST]->(:List)-[:HAS_MEMBER]->(u)
         OR (u)-[:BLOCKS_LIST]->(:List)-[:HAS_MEMBER]->(t) } AS trueFollowing,
       COUNT { (u)<-[:REQUESTED]-(r) WHERE (r)-[:BLOCKS]-(u) OR (r)-[:BLOCKS_LIST]->(:List)-[:HAS_MEMBER]->(u)
         OR (u)-[:BLOCKS_LIST]->(:List)-[:HAS_MEMBER]->(r) } AS trueRequests
