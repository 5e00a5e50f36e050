// GET /v1/users/{id}/friends: mutual FOLLOWS, ordered and dated by id's own edge. Walks id's following side
// (a keyset seek on follows_by_source, in index order) and checks the reverse edge with ExpandInto, so a
// celebrity's follower edges are never expanded. Hidden edges and the viewer's BLOCKS relations are
// filtered per row before the LIMIT. EXPLAIN: DirectedRelationshipIndexSeek -> SemiApply(Expand(Into)) ->
// AntiSemiApply -> Limit, no Sort. A page costs in proportion to the followings it skips that are not friends.
// since is answered in epoch ms and made ISO in src/queries/network-pages.ts: the driver's DateTime decoding was
// most of the service's CPU per page (bench: service/raw 0.60 on followers pages).
// The block relation (direct or through a block list, either way) is the reader view's @blocked-with
// (cypher/reader/): $id's and the viewer's list ties read once, tested per row before the LIMIT; the CALL
// keeps the index order.
// The reader-view checks are one CASE projected after the seek, then a WHERE on it, not predicates of the
// MATCH: the same operators (EXPLAIN: a Projection and a Filter where the Filter was), cheapest test first,
// and planning it takes 420 ms, not 561 (EXPLAIN with the plan cache cleared; planned again per parameter types).
// PROFILE (bench S, u5067 read by u0, page 1): 11,290 db hits, 10,593 before.
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
      WHEN NOT EXISTS { (t)-[:FOLLOWS]->(u) } THEN false
      WHEN NOT $includeBlocked AND @blocked-with(t, u, meLists) THEN false
      WHEN vw IS NULL OR t = vw THEN true
      ELSE NOT @blocked-with(t, vw, vwLists) END AS shown
    WHERE shown
  WITH t, r
  ORDER BY r.from DESC, r.since DESC, r.to DESC
  LIMIT $limit
  RETURN t, r
}
RETURN t.id AS id, t.username AS username, t.name AS name, r.since.epochMillis AS since
