// GET /v1/users/{id}/follow-requests: incoming pending requests, a keyset page, newest first. Seeks
// requested_by_target (to = $id, since <= cursor) in index order: EXPLAIN shows Seek -> Filter -> Limit, no
// Sort/Top (ORDER BY names every index property; the tie-break is a CASE, since an OR is split into a Union).
// A block drops requests in both directions, so BLOCKS need no filtering; a list block hides them instead
// (nothing is deleted): requesters in a list block either way with id are left out, each a seek of
// list_members_pair_unique / list_blocks_pair_unique against id's block lists and the moderation lists that
// hold id, read once and bound into the CALL (which keeps the index order).
OPTIONAL MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = $id AND s.list IS NOT NULL
WITH collect(s.list) AS ownBlocks
OPTIONAL MATCH ()-[m:HAS_MEMBER]->() WHERE m.member = $id AND m.purpose = 'moderation' AND m.list IS NOT NULL
WITH ownBlocks, collect(m.list) AS ownIn
CALL (ownBlocks, ownIn) {
  MATCH (r:User)-[q:REQUESTED]->(:User)
  USING INDEX q:REQUESTED(to, since, from)
  WHERE q.to = $id
    AND q.since <= datetime($since)
    AND q.from IS NOT NULL
    AND CASE WHEN q.since = datetime($since) THEN q.from < $after ELSE true END
    AND NOT EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN ownBlocks AND x.member = r.id }
    AND NOT EXISTS { MATCH ()-[x:BLOCKS_LIST]->() WHERE x.from = r.id AND x.list IN ownIn }
  WITH q, r
  ORDER BY q.to DESC, q.since DESC, q.from DESC
  LIMIT $limit
  RETURN q, r
}
RETURN r.id AS id, r.username AS username, r.name AS name, q.since AS since
