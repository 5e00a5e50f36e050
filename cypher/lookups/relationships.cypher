// GET /v1/users/{id}/relationships?ids=: the raw edges between id and each asked id, in the order asked.
// Both nodes are matched first (unique-index seeks), then every flag is an ExpandInto, which reads the edge
// group of the smaller side: a lookup against a celebrity does not walk its followers. An unknown id answers
// exists: false with every flag false. A mute counts only while unexpired.
// PROFILE (a follower of a user with 50,000 followers, 2 ids): NodeUniqueIndexSeek x2, one Expand(Into) per
// flag, no Expand(All), 52 db hits. The Sort is over the asked ids (at most 100 rows), not over edges.
// listBlocking: the reader view's @list-blocks (id subscribes to a block list that holds the other user; never
// itself). listMuting the same for mute lists: id's subscriptions are read once (seeks of the pair-uniqueness
// index on from), then one seek of list_members_pair_unique per asked id for those lists.
MATCH (u:User {id: $id})
CALL () {
  OPTIONAL MATCH ()-[s:MUTES_LIST]->() WHERE s.from = $id AND s.list IS NOT NULL
  RETURN collect(s.list) AS muteLists
}
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (o:User {id: $ids[i]})
RETURN $ids[i] AS id,
       o IS NOT NULL AS exists,
       o IS NOT NULL AND EXISTS { (u)-[:FOLLOWS]->(o) } AS following,
       o IS NOT NULL AND EXISTS { (o)-[:FOLLOWS]->(u) } AS followedBy,
       o IS NOT NULL AND EXISTS { (u)-[:BLOCKS]->(o) } AS blocking,
       o IS NOT NULL AND EXISTS { (o)-[:BLOCKS]->(u) } AS blockedBy,
       o IS NOT NULL AND EXISTS {
         (u)-[m:MUTES]->(o) WHERE m.until IS NULL OR m.until > datetime({epochMillis: timestamp()})
       } AS muting,
       o IS NOT NULL AND EXISTS { (u)-[:REQUESTED]->(o) } AS requested,
       o IS NOT NULL AND EXISTS { (o)-[:REQUESTED]->(u) } AS requestedBy,
       o IS NOT NULL AND @list-blocks(u.id, o.id) AS listBlocking,
       o IS NOT NULL AND o <> u AND EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN muteLists AND x.member = o.id } AS listMuting
ORDER BY i
