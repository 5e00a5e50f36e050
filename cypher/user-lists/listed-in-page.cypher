// GET /v1/users/{id}/listed-in: the lists that hold the user, a keyset page, newest membership first. Seeks
// list_members_by_member (member = $id, since <= cursor) in index order: no Sort, whatever the number of lists
// (EXPLAIN: DirectedRelationshipIndexSeek -> Filter -> Limit). The tie-break is the list's key ('owner/id').
MATCH (l:List)-[r:HAS_MEMBER]->(:User)
USING INDEX r:HAS_MEMBER(member, since, list)
WHERE r.member = $id
  AND r.since <= datetime($since)
  AND r.list IS NOT NULL
  AND CASE WHEN r.since = datetime($since) THEN r.list < $after ELSE true END
WITH l, r
ORDER BY r.member DESC, r.since DESC, r.list DESC
LIMIT $limit
RETURN l.id AS id, l.owner AS owner, l.name AS name, l.purpose AS purpose, r.since.epochMillis AS since, r.list AS key
