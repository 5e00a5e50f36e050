// POST /v1/import, block lines of one batch (rows deduplicated by pair). As PUT .../blocks/{target}: the
// blocker's FOLLOWS to the target and pending requests both ways are removed in the same transaction; the
// target's FOLLOWS to the blocker stays (hidden). Ends seeked on user_id_unique; the checks and deletes are
// ExpandInto. A new edge is CREATEd after the checks (as in merge-follows.cypher; a concurrent duplicate fails
// on blocks_pair_unique and the batch is retried); an existing one gets the given since.
UNWIND $rows AS row
OPTIONAL MATCH (a:User {id: row.from})
OPTIONAL MATCH (b:User {id: row.to})
WITH row, a, b,
     CASE
       WHEN a IS NULL THEN 'USER_NOT_FOUND:' + row.from
       WHEN b IS NULL THEN 'USER_NOT_FOUND:' + row.to
       WHEN EXISTS { (a)-[:BLOCKS]->(b) } THEN 'EXISTS'
     END AS state
FOREACH (_ IN CASE WHEN state IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[:BLOCKS {from: row.from, to: row.to, since: coalesce(datetime(row.since), datetime({epochMillis: timestamp()}))}]->(b)
)
WITH row, a, b, state
CALL (a, b, row, state) {
  MATCH (a)-[r:BLOCKS]->(b)
    WHERE state = 'EXISTS' AND row.since IS NOT NULL
  SET r.since = datetime(row.since)
}
CALL (a, b) {
  MATCH (a)-[x:FOLLOWS|REQUESTED]->(b)
  DELETE x
}
CALL (a, b) {
  MATCH (b)-[x:REQUESTED]->(a)
  DELETE x
}
WITH row, state
  WHERE state IS NULL OR state <> 'EXISTS'
RETURN row.line AS line, state AS refused, state IS NULL AS creating
