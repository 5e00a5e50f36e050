// Deletes the FOLLOWS edge $from -> $to if there is one (hidden or not). Seeks the edge through the
// follows_pair_unique index on (from, to): no node is expanded.
// EXPLAIN: DirectedRelationshipUniqueIndexSeek FOLLOWS(from, to) -> Delete (an Eager over at most one row).
OPTIONAL MATCH ()-[r:FOLLOWS {from: $from, to: $to}]->()
DELETE r
RETURN r IS NOT NULL AS deleted
