// Bulk seed: one batch of new FOLLOWS edges, grouped by source so each source node is looked up once
// (user_id_unique index seek). The generator makes each (from, to) pair once, so CREATE; follows_pair_unique
// would refuse a duplicate. Edge layout as everywhere: {since, from, to}.
UNWIND $rows AS row
MATCH (a:User {id: row.from})
UNWIND range(0, size(row.to) - 1) AS i
MATCH (b:User {id: row.to[i]})
CREATE (a)-[:FOLLOWS {since: datetime({epochMillis: toInteger(row.since[i])}), from: row.from, to: row.to[i]}]->(b)
