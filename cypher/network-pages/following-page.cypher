// GET /v1/users/{id}/following: a keyset page, newest first. Seeks follows_by_source (from = $id,
// since <= cursor) in index order (ORDER BY names every index property): no Sort, no Expand. Tie rows
// filtered by id with a CASE; hidden edges and users in a BLOCKS relation with the viewer filtered per row
// before the LIMIT (ExpandInto / the followed user's BLOCKS edges). EXPLAIN: DirectedRelationshipIndexSeek ->
// AntiSemiApply/Filter -> Limit, no Sort (the same shape as followers-page, profiled on 50,000 edges).
// since is answered in epoch ms and made ISO in src/queries/network-pages.ts: the driver's DateTime decoding was
// most of the service's CPU per page (bench: service/raw 0.60 on followers pages).
// The block relation (direct or through a block list, either way) is the reader view's @blocked-with
// (cypher/reader/): $id's and the viewer's list ties read once, tested per row before the LIMIT; the CALL
// keeps the index order.
// The reader-view checks are one CASE projected after the seek, then a WHERE on it, not predicates of the
// MATCH: the same operators (EXPLAIN: a Projection and a Filter where the Filter was), cheapest test first,
// and planning it takes 339 ms, not 621 (EXPLAIN with the plan cache cleared; planned again per parameter types).
// PROFILE (bench S, u5067, page 1): 623 db hits, as before.
MATCH (me:User {id: $id})
OPTIONAL MATCH (vw:User {id: $viewer})
WITH vw, @block-lists(me) AS meLists, @block-lists(vw) AS vwLists
CALL (vw, meLists, vwLists) {
  MATCH (u:User)-[r:FOLLOWS]->(t:User)
  USING INDEX r:FOLLOWS(from, since, to)
  WHERE r.from = $id
    AND r.since <= datetime($since)
    AND r.to IS NOT NULL
    AND CASE WHEN r.since = datetime($since) THEN r.to < $after ELSE true END
  WITH t, r, CASE
      WHEN NOT $includeBlocked AND @follow-hidden-from(u, t, meLists) THEN false
      WHEN vw IS NULL OR t = vw THEN true
      ELSE NOT @blocked-with(t, vw, vwLists) END AS shown
    WHERE shown
  WITH t, r
  ORDER BY r.from DESC, r.since DESC, r.to DESC
  LIMIT $limit
  RETURN t, r
}
RETURN t.id AS id, t.username AS username, t.name AS name, r.since.epochMillis AS since
