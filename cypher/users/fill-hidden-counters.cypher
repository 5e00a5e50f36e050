// Sets hiddenFollowers / hiddenFollowing (see counts/user-counts.cypher) of the users $ids from their edges:
// users created before the counters existed (`npm run cli -- backfill-counters`), and the bulk seed's users in
// a block relation. Each user is locked before it is counted, so a relationship write on it (which locks it
// too) either commits first and is counted, or runs after and keeps the counters up to date. Both counts
// expand the user's BLOCKS edges (few) and check the FOLLOWS with an Expand(Into).
UNWIND $ids AS id
MATCH (u:User {id: id})
SET u.__lock = true
REMOVE u.__lock
WITH u
SET u.hiddenFollowers = COUNT { (u)-[:BLOCKS]->(f) WHERE (f)-[:FOLLOWS]->(u) },
    u.hiddenFollowing = COUNT { (u)<-[:BLOCKS]-(t) WHERE (u)-[:FOLLOWS]->(t) }
RETURN count(u) AS filled
