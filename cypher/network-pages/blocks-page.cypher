// GET /v1/users/{id}/blocks: a keyset page, newest first. Seeks blocks_by_source (from = $id,
// since <= cursor) in index order: no Sort, no Expand. EXPLAIN: DirectedRelationshipIndexSeek -> Filter -> Limit.
// since is answered in epoch ms and made ISO in src/queries/network-pages.ts: the driver's DateTime decoding was
// most of the service's CPU per page (bench: service/raw 0.60 on followers pages).
MATCH (:User)-[r:BLOCKS]->(t:User)
USING INDEX r:BLOCKS(from, since, to)
WHERE r.from = $id
  AND r.since <= datetime($since)
  AND r.to IS NOT NULL
  AND CASE WHEN r.since = datetime($since) THEN r.to < $after ELSE true END
WITH t, r
ORDER BY r.from DESC, r.since DESC, r.to DESC
LIMIT $limit
RETURN t.id AS id, t.username AS username, t.name AS name, r.since.epochMillis AS since
