// How many MUTES edges: answered from the count store (RelationshipCountFromCountStore), no scan.
MATCH ()-[r:MUTES]->()
RETURN count(r) AS count
