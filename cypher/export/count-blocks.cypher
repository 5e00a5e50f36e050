// How many BLOCKS edges: answered from the count store (RelationshipCountFromCountStore), no scan.
MATCH ()-[r:BLOCKS]->()
RETURN count(r) AS count
