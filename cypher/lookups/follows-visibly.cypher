// GET /v1/users/{id}/following/{target}: does id follow target as the lists show it? Both users exist
// (null answers tell USER_NOT_FOUND). The edge check is an ExpandInto from the smaller side; the edge is
// hidden when the two stand in a block relation (unless $includeBlocked), or when target is in a block
// relation with the viewer (as in the viewer's reading of the following list). A block relation: a BLOCKS
// either way, or a list block either way (one subscribes to a block list that holds the other). EXPLAIN: two
// NodeUniqueIndexSeeks, Expand(Into) for each BLOCKS test; each list block a seek of list_blocks_pair_unique on
// from (the user's block lists) and of list_members_pair_unique for those lists.
OPTIONAL MATCH (a:User {id: $id})
OPTIONAL MATCH (b:User {id: $target})
CALL () {
  OPTIONAL MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = $id AND s.list IS NOT NULL
  RETURN collect(s.list) AS idBlocks
}
CALL () {
  OPTIONAL MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = $target AND s.list IS NOT NULL
  RETURN collect(s.list) AS targetBlocks
}
CALL () {
  OPTIONAL MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = $viewer AND s.list IS NOT NULL
  RETURN collect(s.list) AS viewerBlocks
}
RETURN a IS NOT NULL AS idExists,
       b IS NOT NULL AS targetExists,
       a IS NOT NULL AND b IS NOT NULL
         AND EXISTS { (a)-[:FOLLOWS]->(b) }
         AND ($includeBlocked OR NOT (EXISTS { (a)-[:BLOCKS]-(b) }
           OR EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN idBlocks AND x.member = $target }
           OR EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN targetBlocks AND x.member = $id }))
         AND ($viewer IS NULL OR $viewer = $target OR NOT (EXISTS { (b)-[:BLOCKS]-(:User {id: $viewer}) }
           OR EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN viewerBlocks AND x.member = $target }
           OR EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN targetBlocks AND x.member = $viewer })) AS follows
