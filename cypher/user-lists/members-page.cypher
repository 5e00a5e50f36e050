// GET /v1/users/{id}/lists/{list}/members: a keyset page, newest member first. Seeks list_members_by_list
// (list = $list, since <= cursor) in index order: no Sort, no Expand of the list's members. For another user's
// token ($viewer), members in a block relation with the viewer are left out: a BLOCKS either way (an
// Expand(Into)), or a list block either way, each a seek of a pair-uniqueness index against the viewer's own
// block subscriptions and moderation memberships, read once (the prelude) and bound into the CALL, which keeps
// the index order (EXPLAIN: Seek -> filters -> Limit inside the Apply, no Sort/Top).
OPTIONAL MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = $viewer AND s.list IS NOT NULL
WITH collect(s.list) AS viewerBlocks
OPTIONAL MATCH ()-[m:HAS_MEMBER]->() WHERE m.member = $viewer AND m.purpose = 'moderation' AND m.list IS NOT NULL
WITH viewerBlocks, collect(m.list) AS viewerIn
CALL (viewerBlocks, viewerIn) {
  MATCH (:List)-[r:HAS_MEMBER]->(u:User)
  USING INDEX r:HAS_MEMBER(list, since, member)
  WHERE r.list = $list
    AND r.since <= datetime($since)
    AND r.member IS NOT NULL
    AND CASE WHEN r.since = datetime($since) THEN r.member < $after ELSE true END
    AND ($viewer IS NULL OR u.id = $viewer OR (
      NOT EXISTS { (u)-[:BLOCKS]-(:User {id: $viewer}) }
      AND NOT EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN viewerBlocks AND x.member = u.id }
      AND NOT EXISTS { MATCH ()-[x:BLOCKS_LIST]->() WHERE x.from = u.id AND x.list IN viewerIn }))
  WITH r, u
  ORDER BY r.list DESC, r.since DESC, r.member DESC
  LIMIT $limit
  RETURN r, u
}
RETURN u.id AS id, u.username AS username, u.name AS name, r.since.epochMillis AS since
