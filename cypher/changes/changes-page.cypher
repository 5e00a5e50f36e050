// GET /v1/changes: the feed oldest first, keyset on (at, id) after the cursor's (at, id). Seeks the
// change_by_time index on at >= $atMs and reads it in order (EXPLAIN: NodeIndexSeekByRange, no Sort), so a
// page costs the same deep in the feed. Changes from $horizonMs on (feed-horizon.cypher) are held back: a
// transaction that stamped them may not have committed yet. Numbers go through toInteger: JS numbers arrive
// as floats.
MATCH (c:Change)
WHERE c.at >= datetime({epochMillis: toInteger($atMs)})
  AND c.at < datetime({epochMillis: toInteger($horizonMs)})
  AND c.id IS NOT NULL
  AND (c.at > datetime({epochMillis: toInteger($atMs)}) OR c.id > $id)
RETURN c.id AS id, c.at.epochMillis AS at, c.type AS type, c.actor AS actor, c.target AS target
ORDER BY c.at, c.id
LIMIT toInteger($limit)
