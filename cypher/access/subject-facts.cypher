// The access policy's facts (src/access-policy.ts) about the users whose network a read reveals: whether each
// is private or hides its network, and whether the reader follows it visibly (a FOLLOWS with no block relation
// between them: no BLOCKS either way, no list block either way). Asked only for user tokens (services read
// every network). Unknown ids give no row (the route answers 404). EXPLAIN: NodeUniqueIndexSeek per id and for
// the reader, then Expand(Into) checks, which read the edge group of the side with the smaller degree (a
// celebrity's followers are never walked); the list blocks are seeks of list_members_pair_unique against the
// reader's and each user's block lists (seeks of list_blocks_pair_unique on from).
CALL () {
  OPTIONAL MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = $reader AND s.list IS NOT NULL
  RETURN collect(s.list) AS readerBlocks
}
UNWIND $ids AS id
MATCH (u:User {id: id})
OPTIONAL MATCH (v:User {id: $reader})
CALL (id) {
  OPTIONAL MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = id AND s.list IS NOT NULL
  RETURN collect(s.list) AS userBlocks
}
RETURN u.id AS id,
       coalesce(u.private, false) AS private,
       coalesce(u.hideNetwork, false) AS hideNetwork,
       v IS NOT NULL AND EXISTS { (v)-[:FOLLOWS]->(u) } AND NOT EXISTS { (v)-[:BLOCKS]-(u) }
         AND NOT EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN readerBlocks AND x.member = id }
         AND NOT EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN userBlocks AND x.member = $reader } AS readerFollows
