// $id blocks $target (the caller holds the pair lock and saw no BLOCKS): in the same statement the blocker's
// own FOLLOWS to the target and the pending requests both ways are deleted. The target's FOLLOWS to the
// blocker stays (hidden by the blocked filtering of lists and counts). Edge lookups are ExpandInto between
// the two matched nodes. EXPLAIN: NodeUniqueIndexSeek x2 -> OptionalExpand(Into) x3 -> Delete x3 -> Create.
MATCH (a:User {id: $id}), (b:User {id: $target})
OPTIONAL MATCH (a)-[f:FOLLOWS]->(b)
OPTIONAL MATCH (a)-[ra:REQUESTED]->(b)
OPTIONAL MATCH (b)-[rb:REQUESTED]->(a)
DELETE f, ra, rb
CREATE (a)-[r:BLOCKS {since: datetime({epochMillis: timestamp()}), from: $id, to: $target}]->(b)
RETURN r.since AS since
