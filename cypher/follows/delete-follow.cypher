// Deletes the FOLLOWS edge $from -> $to if there is one (hidden or not). Seeks the edge through the
// follows_pair_unique index on (from, to): no node is expanded.
OPTIONAL MATCH ()-[r:FOLLOWS {from: $from, to: $to}]->()
DELETE r
RETURN r IS NOT NULL AS deleted
