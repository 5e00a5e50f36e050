// Deletes the BLOCKS edge $from -> $to if there is one; seeks it through the blocks_pair_unique index.
OPTIONAL MATCH ()-[r:BLOCKS {from: $from, to: $to}]->()
DELETE r
RETURN r IS NOT NULL AS deleted
