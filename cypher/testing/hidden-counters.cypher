// Test check: each of $ids with its stored hidden-edge counters and the true numbers from its edges (a
// follower it blocks; a user it follows that blocks it), to compare.
UNWIND $ids AS id
MATCH (u:User {id: id})
RETURN u.id AS id,
       u.hiddenFollowers AS storedFollowers,
       u.hiddenFollowing AS storedFollowing,
       COUNT { (u)<-[:FOLLOWS]-(f) WHERE (f)-[:BLOCKS]-(u) } AS trueFollowers,
       COUNT { (u)-[:FOLLOWS]->(t) WHERE (t)-[:BLOCKS]-(u) } AS trueFollowing
