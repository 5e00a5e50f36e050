// How many edges the database holds, of every type: from the count store (RelationshipCountFromCountStore), no scan.
MATCH ()-[r]->()
RETURN count(r) AS relationships
