// POST /v1/import, mute lines of one batch (rows deduplicated by pair). As PUT .../mutes/{target}: until the
// given time or for ever (no until); a given since is kept (an export's mutes come back with their since).
// Reported as a change when new or when until changed. Ends seeked on user_id_unique.
UNWIND $rows AS row
OPTIONAL MATCH (a:User {id: row.from})
OPTIONAL MATCH (b:User {id: row.to})
WITH row, a, b,
     CASE
       WHEN a IS NULL THEN 'USER_NOT_FOUND:' + row.from
       WHEN b IS NULL THEN 'USER_NOT_FOUND:' + row.to
     END AS refused
OPTIONAL MATCH (a)-[old:MUTES]->(b)
WITH row, a, b, refused,
     refused IS NULL AND (old IS NULL OR coalesce(old.until <> datetime(row.until), old.until IS NOT NULL OR row.until IS NOT NULL)) AS changing
FOREACH (_ IN CASE WHEN refused IS NULL THEN [1] ELSE [] END |
  MERGE (a)-[r:MUTES {from: row.from, to: row.to}]->(b)
    ON CREATE SET r.since = coalesce(datetime(row.since), datetime({epochMillis: timestamp()}))
  SET r.since = coalesce(datetime(row.since), r.since),
      r.until = datetime(row.until)
)
WITH row, refused, changing
  WHERE refused IS NOT NULL OR changing
RETURN row.line AS line, refused, changing AS creating
