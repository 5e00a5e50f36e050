// Whether a database is empty: every node, from the count store (NodeCountFromCountStore), no scan.
MATCH (n)
RETURN count(n) AS nodes
