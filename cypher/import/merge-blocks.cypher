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
CALL (a, b, state) {
  // Hidden-edge counters (see user-counts.cypher), for a new block only: a's own follow of b goes below (if b
  // blocked a, it was hidden), and b's follow of a, if any, is hidden from now on. Both users are locked
  // before their counters are read (the import takes no pair lock), so a concurrent write is not lost.
  WITH a, b, state
  WHERE state IS NULL
  SET a.__lock = true, b.__lock = true
  REMOVE a.__lock, b.__lock
  WITH a, b,
       CASE WHEN EXISTS { (a)-[:FOLLOWS]->(b) } AND EXISTS { (b)-[:BLOCKS]->(a) } THEN 1 ELSE 0 END AS ownHiddenFollow,
       CASE WHEN EXISTS { (b)-[:FOLLOWS]->(a) } THEN 1 ELSE 0 END AS targetFollows
  SET a.hiddenFollowing = a.hiddenFollowing - ownHiddenFollow,
      b.hiddenFollowers = b.hiddenFollowers - ownHiddenFollow,
      a.hiddenFollowers = a.hiddenFollowers + targetFollows,
      b.hiddenFollowing = b.hiddenFollowing + targetFollows
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
