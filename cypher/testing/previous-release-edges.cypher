// Test fixture: edges as the release before the migrations wrote them, a batch of {type, from, to, since,
// until}: FOLLOWS, BLOCKS, REQUESTED and MUTES with the shared layout {since, from, to} (MUTES with until).
UNWIND $rows AS row
MATCH (a:User {id: row.from})
MATCH (b:User {id: row.to})
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'FOLLOWS'
  CREATE (a)-[:FOLLOWS {since: datetime({epochMillis: toInteger(row.since)}), from: row.from, to: row.to}]->(b)
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'BLOCKS'
  CREATE (a)-[:BLOCKS {since: datetime({epochMillis: toInteger(row.since)}), from: row.from, to: row.to}]->(b)
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'REQUESTED'
  CREATE (a)-[:REQUESTED {since: datetime({epochMillis: toInteger(row.since)}), from: row.from, to: row.to}]->(b)
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'MUTES'
  CREATE (a)-[:MUTES {since: datetime({epochMillis: toInteger(row.since)}), until: datetime({epochMillis: toInteger(row.until)}), from: row.from, to: row.to}]->(b)
}
