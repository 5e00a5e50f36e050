// GET /v1/users/{id}/lists/{list}/members: a keyset page, newest member first. Seeks list_members_by_list
// (list = $list, since <= cursor) in index order: no Sort, no Expand of the list's members. For another user's
// token ($viewer), members in a block relation with the viewer (@blocked-with, cypher/reader/: the viewer's list
// ties read once) are left out; the CALL keeps the index order (EXPLAIN: Seek -> filters
// -> Limit inside the Apply, no Sort/Top).
OPTIONAL MATCH (vw:User {id: $viewer})
WITH vw, @block-lists(vw) AS vwLists
CALL (vw, vwLists) {
  MATCH (:List)-[r:HAS_MEMBER]->(u:User)
  USING INDEX r:HAS_MEMBER(list, since, member)
  WHERE r.list = $list
    AND r.since <= datetime($since)
    AND r.member IS NOT NULL
    AND CASE WHEN r.since = datetime($since) THEN r.member < $after ELSE true END
    AND (vw IS NULL OR u = vw OR NOT @blocked-with(u, vw, vwLists))
  WITH r, u
  ORDER BY r.list DESC, r.since DESC, r.member DESC
  LIMIT $limit
  RETURN r, u
}
RETURN u.id AS id, u.username AS username, u.name AS name, r.since.epochMillis AS since
