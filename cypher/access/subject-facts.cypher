// The access policy's facts (src/access-policy.ts) about the users whose network a read reveals: whether each
// is private or hides its network, and whether the reader follows it visibly (a FOLLOWS with no block relation
// between them: no BLOCKS either way, no list block either way). Asked only for user tokens (services read
// every network). Unknown ids give no row (the route answers 404). The same rule as the reader view's
// @may-read-network (cypher/reader/), which derived answers test per row. EXPLAIN: NodeUniqueIndexSeek per id
// and for the reader, then pair seeks (follows_pair_unique, blocks_pair_unique) and the few BLOCKS_LIST edges
// of each user: a celebrity's followers are never walked.
OPTIONAL MATCH (v:User {id: $reader})
UNWIND $ids AS id
MATCH (u:User {id: id})
RETURN u.id AS id,
       coalesce(u.private, false) AS private,
       coalesce(u.hideNetwork, false) AS hideNetwork,
       v IS NOT NULL AND EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = $reader AND x.to = id } AND NOT @blocked(v, u) AS readerFollows
