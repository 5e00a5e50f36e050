// Deletes the BLOCKS edge $from -> $to if there is one; seeks it through the blocks_pair_unique index.
// EXPLAIN: DirectedRelationshipUniqueIndexSeek BLOCKS(from, to) -> Delete (an Eager over at most one row).
OPTIONAL MATCH ()-[r:BLOCKS {from: $from, to: $to}]->()
DELETE r
RETURN r IS NOT NULL AS deleted
