// Sets hiddenFollowers / hiddenFollowing / hiddenRequests (see counts/user-counts.cypher) of the users $ids from
// their edges: users created before the counters existed (migration 2, `npm run cli -- migrate`), and the bulk
// seed's users in a block relation. Each user is locked before it is counted, so a relationship write on it
// (which locks it too) either commits first and is counted, or runs after and keeps the counters up to date.
// The users in a block relation with u come from its BLOCKS edges either way, its block lists' members and the
// subscribers of the block lists that hold it (each once: @block-partners); their follows and requests with u
// are Expand(Into) checks. A user in no list costs its BLOCKS edges only.
UNWIND $ids AS id
MATCH (u:User {id: id})
SET u.__lock = true
REMOVE u.__lock
WITH u
CALL (u) {
  CALL (u) {
    @block-partners(u, o)
  }
  RETURN count(CASE WHEN (o)-[:FOLLOWS]->(u) THEN 1 END) AS followers,
         count(CASE WHEN (u)-[:FOLLOWS]->(o) THEN 1 END) AS following,
         count(CASE WHEN (o)-[:REQUESTED]->(u) THEN 1 END) AS requests
}
SET u.hiddenFollowers = followers,
    u.hiddenFollowing = following,
    u.hiddenRequests = requests
RETURN count(u) AS filled
