// GET /v1/users/{id}/following/{target}: does id follow target as the lists show it? Both users exist
// (null answers tell USER_NOT_FOUND). The edge check is an ExpandInto from the smaller side; the edge is
// hidden when the two stand in a BLOCKS relation (unless $includeBlocked), or when target is in a BLOCKS
// relation with the viewer (as in the viewer's reading of the following list). EXPLAIN: two
// NodeUniqueIndexSeeks, Expand(Into) for each edge test.
OPTIONAL MATCH (a:User {id: $id})
OPTIONAL MATCH (b:User {id: $target})
RETURN a IS NOT NULL AS idExists,
       b IS NOT NULL AS targetExists,
       a IS NOT NULL AND b IS NOT NULL
         AND EXISTS { (a)-[:FOLLOWS]->(b) }
         AND ($includeBlocked OR NOT EXISTS { (a)-[:BLOCKS]-(b) })
         AND NOT EXISTS { (b)-[:BLOCKS]-(:User {id: $viewer}) } AS follows
