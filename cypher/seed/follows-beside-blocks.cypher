// How many BLOCKS edges leaving users whose id starts with $prefix have a FOLLOWS edge in the same direction
// beside them (the seed must make none).
MATCH (a:User)-[:BLOCKS]->(b:User)
WHERE a.id STARTS WITH $prefix AND (a)-[:FOLLOWS]->(b)
RETURN count(*) AS pairs
