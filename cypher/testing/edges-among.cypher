// Concurrency test: every edge between the given users, counted per ordered pair and type.
MATCH (a:User)-[r]->(b:User)
WHERE a.id IN $ids AND b.id IN $ids
WITH a, b, type(r) AS type, count(*) AS n
RETURN a.id AS a, b.id AS b, collect({type: type, n: n}) AS edges
