// Bench floor for imports: FOLLOWS edges created with no checks and no change-feed entry, the same edge
// layout and indexes as everywhere ({since, from, to}; follows_pair_unique, follows_by_target,
// follows_by_source). What the storage engine does per edge on this machine, whatever the service adds.
UNWIND $rows AS row
MATCH (a:User {id: row.from})
MATCH (b:User {id: row.to})
CREATE (a)-[:FOLLOWS {from: row.from, to: row.to, since: datetime({epochMillis: timestamp()})}]->(b)
