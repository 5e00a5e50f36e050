// A new FOLLOWS edge (the caller holds the pair lock and saw none; follows_pair_unique refuses a duplicate
// anyway). `from`/`to`/`since` on the edge feed the keyset indexes follows_by_target and follows_by_source.
// A request left over from when the target was private is dropped: a pair never has both.
// EXPLAIN: NodeUniqueIndexSeek x2 -> OptionalExpand(Into) -> Delete -> Create.
MATCH (a:User {id: $id}), (b:User {id: $target})
OPTIONAL MATCH (a)-[q:REQUESTED]->(b)
DELETE q
CREATE (a)-[r:FOLLOWS {since: datetime({epochMillis: timestamp()}), from: $id, to: $target}]->(b)
RETURN r.since AS since
