// GET /v1/users/{id}/blocks: a keyset page, newest first. Seeks blocks_by_source (from = $id,
// since <= cursor) in index order: no Sort, no Expand. EXPLAIN: DirectedRelationshipIndexSeek -> Filter -> Limit.
MATCH (:User)-[r:BLOCKS]->(t:User)
USING INDEX r:BLOCKS(from, since, to)
WHERE r.from = $id
  AND r.since <= datetime($since)
  AND r.to IS NOT NULL
  AND CASE WHEN r.since = datetime($since) THEN r.to < $after ELSE true END
WITH t, r
ORDER BY r.from DESC, r.since DESC, r.to DESC
LIMIT $limit
RETURN t.id AS id, t.username AS username, t.name AS name, r.since AS since
