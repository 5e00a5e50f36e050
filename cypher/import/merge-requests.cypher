// POST /v1/import, request lines of one batch: exactly the live API's follow (PUT .../following/{target}):
// unknown user, BLOCKED_BY_TARGET, UNBLOCK_FIRST, then a REQUESTED edge to a private user not yet followed,
// else FOLLOWS; an existing follow or request is a no-op (a re-import answers as the first did). Seeks and
// checks as in merge-follows.cypher; MERGE on the pair keeps it idempotent.
UNWIND $rows AS row
OPTIONAL MATCH (a:User {id: row.from})
OPTIONAL MATCH (b:User {id: row.to})
WITH row, a, b,
     CASE
       WHEN a IS NULL THEN 'USER_NOT_FOUND:' + row.from
       WHEN b IS NULL THEN 'USER_NOT_FOUND:' + row.to
       WHEN EXISTS { (a)-[:FOLLOWS|REQUESTED]->(b) } THEN null
       WHEN EXISTS { (b)-[:BLOCKS]->(a) } THEN 'BLOCKED_BY_TARGET'
       WHEN EXISTS { (a)-[:BLOCKS]->(b) } THEN 'UNBLOCK_FIRST'
     END AS refused
WITH row, a, b, refused,
     refused IS NULL AND b.private AND NOT EXISTS { (a)-[:FOLLOWS]->(b) } AS requesting
WITH row, a, b, refused, requesting,
     refused IS NULL AND CASE WHEN requesting THEN NOT EXISTS { (a)-[:REQUESTED]->(b) } ELSE NOT EXISTS { (a)-[:FOLLOWS]->(b) } END AS creating
FOREACH (_ IN CASE WHEN requesting THEN [1] ELSE [] END |
  MERGE (a)-[r:REQUESTED {from: row.from, to: row.to}]->(b)
    ON CREATE SET r.since = coalesce(datetime(row.since), datetime({epochMillis: timestamp()}))
  SET r.since = coalesce(datetime(row.since), r.since)
)
FOREACH (_ IN CASE WHEN refused IS NULL AND NOT requesting THEN [1] ELSE [] END |
  MERGE (a)-[r:FOLLOWS {from: row.from, to: row.to}]->(b)
    ON CREATE SET r.since = coalesce(datetime(row.since), datetime({epochMillis: timestamp()}))
  SET r.since = coalesce(datetime(row.since), r.since)
)
WITH row, refused, requesting, creating
  WHERE refused IS NOT NULL OR creating
RETURN row.line AS line, refused, creating, requesting
