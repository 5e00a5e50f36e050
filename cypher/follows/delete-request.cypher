// Deletes the pending REQUESTED edge $from -> $to if there is one. Seeks it through the requested_pair_unique
// index on (from, to).
// EXPLAIN: DirectedRelationshipUniqueIndexSeek REQUESTED(from, to) -> Delete (an Eager over at most one row).
OPTIONAL MATCH ()-[r:REQUESTED {from: $from, to: $to}]->()
DELETE r
RETURN r IS NOT NULL AS deleted
