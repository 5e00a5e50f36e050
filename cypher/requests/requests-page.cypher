// GET /v1/users/{id}/follow-requests: incoming pending requests, a keyset page, newest first. Seeks
// requested_by_target (to = $id, since <= cursor) in index order: EXPLAIN shows Seek -> Filter -> Limit, no
// Sort/Top (ORDER BY names every index property; the tie-break is a CASE, since an OR is split into a Union).
// A block drops requests in both directions; a list block hides them instead (nothing is deleted): requesters
// in a block relation with id (@blocked-with, cypher/reader/: id's list ties read once) are left out, per row, inside the CALL (which keeps
// the index order).
MATCH (me:User {id: $id})
WITH me, @block-lists(me) AS meLists
CALL (me, meLists) {
  MATCH (r:User)-[q:REQUESTED]->(:User)
  USING INDEX q:REQUESTED(to, since, from)
  WHERE q.to = $id
    AND q.since <= datetime($since)
    AND q.from IS NOT NULL
    AND CASE WHEN q.since = datetime($since) THEN q.from < $after ELSE true END
    AND NOT @blocked-with(r, me, meLists)
  WITH q, r
  ORDER BY q.to DESC, q.since DESC, q.from DESC
  LIMIT $limit
  RETURN q, r
}
RETURN r.id AS id, r.username AS username, r.name AS name, q.since AS since
