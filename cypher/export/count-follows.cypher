// How many FOLLOWS edges: answered from the count store (RelationshipCountFromCountStore), no scan.
MATCH ()-[r:FOLLOWS]->()
RETURN count(r) AS count
