// The access policy's facts (src/access-policy.ts) about the users whose network a read reveals: whether each
// is private or hides its network, and whether the reader follows it visibly (a FOLLOWS with no BLOCKS either
// way). Asked only for user tokens (services read every network). Unknown ids give no row (the route answers
// 404). EXPLAIN: NodeUniqueIndexSeek per id and for the reader, then Expand(Into) checks, which read the edge
// group of the side with the smaller degree (a celebrity's followers are never walked).
UNWIND $ids AS id
MATCH (u:User {id: id})
OPTIONAL MATCH (v:User {id: $reader})
RETURN u.id AS id,
       coalesce(u.private, false) AS private,
       coalesce(u.hideNetwork, false) AS hideNetwork,
       v IS NOT NULL AND EXISTS { (v)-[:FOLLOWS]->(u) } AND NOT EXISTS { (v)-[:BLOCKS]-(u) } AS readerFollows
