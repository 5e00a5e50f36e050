// Bulk seed: one batch of new BLOCKS edges, grouped by source (user_id_unique index seeks). The generator
// never pairs a BLOCKS with a FOLLOWS of the same direction, and makes each pair once, so CREATE.
UNWIND $rows AS row
MATCH (a:User {id: row.from})
UNWIND range(0, size(row.to) - 1) AS i
MATCH (b:User {id: row.to[i]})
CREATE (a)-[:BLOCKS {since: datetime({epochMillis: toInteger(row.since[i])}), from: row.from, to: row.to[i]}]->(b)
