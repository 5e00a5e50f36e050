// GET /v1/users/{id}/list-mutes: the moderation lists the user subscribes to as mute lists, a keyset page,
// newest subscription first. Seeks list_mutes_by_subscriber (from = $id, since <= cursor) in index order
// (EXPLAIN: DirectedRelationshipIndexSeek -> Filter -> Limit, no Sort); memberCount from the degree store.
MATCH (:User)-[r:MUTES_LIST]->(l:List)
USING INDEX r:MUTES_LIST(from, since, list)
WHERE r.from = $id
  AND r.since <= datetime($since)
  AND r.list IS NOT NULL
  AND CASE WHEN r.since = datetime($since) THEN r.list < $after ELSE true END
WITH l, r
ORDER BY r.from DESC, r.since DESC, r.list DESC
LIMIT $limit
RETURN l.id AS id, l.owner AS owner, l.name AS name, l.purpose AS purpose, l.description AS description,
       COUNT { (l)-[:HAS_MEMBER]->() } AS memberCount, l.createdAt.epochMillis AS createdAt,
       r.since.epochMillis AS since, r.list AS key
