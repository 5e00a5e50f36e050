// A pending follow request to a private user (the caller holds the pair lock and saw none; requested_pair_unique
// refuses a duplicate anyway). Indexed by requested_by_target for the owner's follow-requests page.
// EXPLAIN: NodeUniqueIndexSeek x2 -> Create.
MATCH (a:User {id: $id}), (b:User {id: $target})
CREATE (a)-[r:REQUESTED {since: datetime({epochMillis: timestamp()}), from: $id, to: $target}]->(b)
RETURN r.since AS since
