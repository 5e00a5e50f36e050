// How many users: answered from the count store (NodeCountFromCountStore), no scan.
MATCH (u:User)
RETURN count(u) AS count
