// GET /v1/users/{id}/mutes: a keyset page, newest first. Seeks mutes_by_source (from = $id, since <= cursor)
// and reads it in index order: EXPLAIN shows Seek -> Filter -> Limit, no Sort/Top. Planner details that
// keep it so: ORDER BY names every index property (m.from too), `m.to IS NOT NULL` lets the hint be accepted,
// and the keyset tie-break and the expiry test are CASE/coalesce, not OR (an OR is split into a Union + Top).
// Expired mutes are skipped at read time, so no cleanup job is needed for correctness.
MATCH (:User)-[m:MUTES]->(t:User)
USING INDEX m:MUTES(from, since, to)
WHERE m.from = $id
  AND m.since <= datetime($since)
  AND m.to IS NOT NULL
  AND CASE WHEN m.since = datetime($since) THEN m.to < $after ELSE true END
  AND coalesce(m.until > datetime({epochMillis: timestamp()}), true)
WITH m, t
ORDER BY m.from DESC, m.since DESC, m.to DESC
LIMIT $limit
RETURN t.id AS id, t.username AS username, t.name AS name, m.since AS since, m.until AS until
