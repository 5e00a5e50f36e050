// GET /v1/users/{id}/following/{target}: does id follow target as the lists show it? Both users exist
// (null answers tell USER_NOT_FOUND). The edge check is a seek of follows_pair_unique; the edge is hidden
// when the two stand in a block relation (@blocked, cypher/reader/; unless $includeBlocked), or when target is
// in a block relation with the viewer (as in the viewer's reading of the following list). EXPLAIN: three
// NodeUniqueIndexSeeks, then pair seeks and the few BLOCKS_LIST edges of each user.
OPTIONAL MATCH (a:User {id: $id})
OPTIONAL MATCH (b:User {id: $target})
OPTIONAL MATCH (vw:User {id: $viewer})
RETURN a IS NOT NULL AS idExists,
       b IS NOT NULL AS targetExists,
       a IS NOT NULL AND b IS NOT NULL
         AND EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = $id AND x.to = $target }
         AND ($includeBlocked OR NOT @blocked(a, b))
         AND (vw IS NULL OR vw = b OR NOT @blocked(b, vw)) AS follows
