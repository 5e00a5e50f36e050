// POST /v1/import, follow lines of one batch (rows deduplicated by pair; a follow never shares a batch with a
// block of the same pair, see src/importer.ts). The live API's rules in its order: unknown user, target blocks
// actor (BLOCKED_BY_TARGET), actor blocks target (UNBLOCK_FIRST); both ends are seeked on user_id_unique and
// the BLOCKS checks are ExpandInto between bound nodes (from the side with the smaller degree).
// A follow that exists already (even hidden by a block) is a no-op, so a re-import answers as the first did.
// An imported follow is an established one: FOLLOWS even to a private user; it replaces a pending request.
// MERGE on the pair keeps a re-import idempotent; a given since is kept, else the edge's own (or now).
// Only refused and new rows come back.
UNWIND $rows AS row
OPTIONAL MATCH (a:User {id: row.from})
OPTIONAL MATCH (b:User {id: row.to})
WITH row, a, b,
     CASE
       WHEN a IS NULL THEN 'USER_NOT_FOUND:' + row.from
       WHEN b IS NULL THEN 'USER_NOT_FOUND:' + row.to
       WHEN EXISTS { (a)-[:FOLLOWS]->(b) } THEN null
       WHEN EXISTS { (b)-[:BLOCKS]->(a) } THEN 'BLOCKED_BY_TARGET'
       WHEN EXISTS { (a)-[:BLOCKS]->(b) } THEN 'UNBLOCK_FIRST'
     END AS refused
WITH row, a, b, refused, refused IS NULL AND NOT EXISTS { (a)-[:FOLLOWS]->(b) } AS creating
FOREACH (_ IN CASE WHEN refused IS NULL THEN [1] ELSE [] END |
  MERGE (a)-[r:FOLLOWS {from: row.from, to: row.to}]->(b)
    ON CREATE SET r.since = coalesce(datetime(row.since), datetime({epochMillis: timestamp()}))
  SET r.since = coalesce(datetime(row.since), r.since)
)
WITH row, a, b, refused, creating
CALL (a, b, refused) {
  MATCH (a)-[q:REQUESTED]->(b)
    WHERE refused IS NULL
  DELETE q
}
WITH row, refused, creating
  WHERE refused IS NOT NULL OR creating
RETURN row.line AS line, refused, creating
