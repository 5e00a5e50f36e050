// How many REQUESTED edges: answered from the count store (RelationshipCountFromCountStore), no scan.
MATCH ()-[r:REQUESTED]->()
RETURN count(r) AS count
