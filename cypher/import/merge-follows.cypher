// POST /v1/import, follow lines of one batch (rows deduplicated by pair; a follow never shares a batch with a
// block of the same pair, see src/importer.ts). Per row, in the live API's order: unknown user, an existing
// follow (even hidden by a block: a no-op, so a re-import answers as the first did; a given since is set),
// target blocks actor (BLOCKED_BY_TARGET), actor blocks target (UNBLOCK_FIRST). Both ends are seeks of
// user_id_unique; the checks are ExpandInto between bound nodes (from the side with the smaller degree).
// New edges are CREATEd, not MERGEd: the checks run before any write (the plan's Eager), and a concurrent
// API follow of the same pair fails the batch on follows_pair_unique, which src/queries/import.ts retries.
// PROFILE showed MERGE's locking seek and extra Eager passes at about half the speed of this form.
// An imported follow is an established one: FOLLOWS even to a private user; it replaces a pending request.
// Only refused and new rows come back.
UNWIND $rows AS row
OPTIONAL MATCH (a:User {id: row.from})
OPTIONAL MATCH (b:User {id: row.to})
WITH row, a, b,
     CASE
       WHEN a IS NULL THEN 'USER_NOT_FOUND:' + row.from
       WHEN b IS NULL THEN 'USER_NOT_FOUND:' + row.to
       WHEN EXISTS { (a)-[:FOLLOWS]->(b) } THEN 'EXISTS'
       WHEN EXISTS { (b)-[:BLOCKS]->(a) } THEN 'BLOCKED_BY_TARGET'
       WHEN EXISTS { (a)-[:BLOCKS]->(b) } THEN 'UNBLOCK_FIRST'
     END AS state
FOREACH (_ IN CASE WHEN state IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[:FOLLOWS {from: row.from, to: row.to, since: coalesce(datetime(row.since), datetime({epochMillis: timestamp()}))}]->(b)
)
WITH row, a, b, state
CALL (a, b, row, state) {
  MATCH (a)-[r:FOLLOWS]->(b)
    WHERE state = 'EXISTS' AND row.since IS NOT NULL
  SET r.since = datetime(row.since)
}
CALL (a, b, state) {
  MATCH (a)-[q:REQUESTED]->(b)
    WHERE state IS NULL AND b.private
  DELETE q
}
WITH row, state
  WHERE state IS NULL OR state <> 'EXISTS'
RETURN row.line AS line, state AS refused, state IS NULL AS creating
