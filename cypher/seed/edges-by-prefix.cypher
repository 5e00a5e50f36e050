// Every FOLLOWS and BLOCKS edge leaving the users whose id starts with $prefix (user_id_unique index
// prefix seek): used to check a seeded graph's shape and edge layout.
MATCH (a:User)-[r:FOLLOWS|BLOCKS]->(b:User)
WHERE a.id STARTS WITH $prefix
RETURN type(r) AS type, a.id AS from, b.id AS to, r.from AS edgeFrom, r.to AS edgeTo, r.since AS since
