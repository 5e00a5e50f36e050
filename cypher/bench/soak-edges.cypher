// Soak check: every FOLLOWS/BLOCKS edge among one run's users (ids start with $prefix), counted per ordered
// pair and type, so a lost or duplicated edge shows against the load generator's model. The prefix is a
// range seek on user_id_unique; each user's edges are then expanded (a few dozen per user in a soak run).
MATCH (a:User)-[r:FOLLOWS|BLOCKS]->(b:User)
WHERE a.id STARTS WITH $prefix AND b.id STARTS WITH $prefix
RETURN a.id AS from, b.id AS to, type(r) AS type, count(r) AS n
