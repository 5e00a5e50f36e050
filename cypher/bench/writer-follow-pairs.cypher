// After the write scenarios: the FOLLOWS edges leaving the run's writers (ids starting with $prefix, a
// user_id_unique prefix seek), and how many (from, to) pairs hold more than one (must be 0).
MATCH (a:User)-[r:FOLLOWS]->(b:User)
WHERE a.id STARTS WITH $prefix
WITH a, b, count(r) AS n
RETURN count(*) AS pairs, coalesce(sum(n), 0) AS edges, count(CASE WHEN n > 1 THEN 1 END) AS duplicated
