// POST /v1/import, block lines of one batch (rows deduplicated by pair). As PUT .../blocks/{target}: the
// blocker's FOLLOWS to the target and pending requests both ways are removed in the same transaction; the
// target's FOLLOWS to the blocker stays (hidden). Ends seeked on user_id_unique; the deletes are ExpandInto.
UNWIND $rows AS row
OPTIONAL MATCH (a:User {id: row.from})
OPTIONAL MATCH (b:User {id: row.to})
WITH row, a, b,
     CASE
       WHEN a IS NULL THEN 'USER_NOT_FOUND:' + row.from
       WHEN b IS NULL THEN 'USER_NOT_FOUND:' + row.to
     END AS refused
WITH row, a, b, refused, refused IS NULL AND NOT EXISTS { (a)-[:BLOCKS]->(b) } AS creating
FOREACH (_ IN CASE WHEN refused IS NULL THEN [1] ELSE [] END |
  MERGE (a)-[r:BLOCKS {from: row.from, to: row.to}]->(b)
    ON CREATE SET r.since = coalesce(datetime(row.since), datetime({epochMillis: timestamp()}))
  SET r.since = coalesce(datetime(row.since), r.since)
)
WITH row, a, b, refused, creating
CALL (a, b) {
  MATCH (a)-[x:FOLLOWS|REQUESTED]->(b)
  DELETE x
}
CALL (a, b) {
  MATCH (b)-[x:REQUESTED]->(a)
  DELETE x
}
WITH row, refused, creating
  WHERE refused IS NOT NULL OR creating
RETURN row.line AS line, refused, creating
