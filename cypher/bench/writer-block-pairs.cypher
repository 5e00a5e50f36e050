// After the block scenario: the BLOCKS edges leaving the run's writers (ids starting with $prefix), and how
// many pairs hold more than one, or a FOLLOWS in the same direction beside it (both must be 0).
MATCH (a:User)-[r:BLOCKS]->(b:User)
WHERE a.id STARTS WITH $prefix
WITH a, b, count(r) AS n
RETURN count(*) AS pairs, coalesce(sum(n), 0) AS edges, count(CASE WHEN n > 1 THEN 1 END) AS duplicated,
       count(CASE WHEN (a)-[:FOLLOWS]->(b) THEN 1 END) AS followsBeside
