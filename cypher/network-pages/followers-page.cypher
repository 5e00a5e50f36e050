// GET /v1/users/{id}/followers: a keyset page, newest first. Seeks follows_by_target (to = $id,
// since <= cursor) and reads it in index order (ORDER BY names every index property), so LIMIT stops the
// seek after the page: no Sort, no Expand of the user's edges. Rows tied with the cursor's `since` are
// filtered by id (a CASE: an OR would be split into a Union and a Sort). Hidden edges (a BLOCKS either way
// between follower and user) and users in a BLOCKS relation with the viewer are filtered per row by
// ExpandInto / the follower's own few BLOCKS edges, before the LIMIT.
// PROFILE (50,000 followers, limit 100; test/plans/dense-node.test.ts): DirectedRelationshipIndexSeek ->
// SelectOrAntiSemiApply/Filter (per-row block checks; the viewer's skipped when there is none) -> Limit; no
// Sort, no Expand(All) of FOLLOWS; ~1,030 db hits for page 1 and ~1,015 for the page after the 40,000th follower.
// since is answered in epoch ms and made ISO in src/queries/network-pages.ts: the driver's DateTime decoding was
// most of the service's CPU per page (bench: service/raw 0.60 on followers pages).
// The block relation (direct or through a block list, either way) is the reader view's @blocked-with
// (cypher/reader/): $id's and the viewer's ties read once, then per row seeks only where they have blocks or
// lists (@follow-hidden-to: none when no follow to $id is hidden); the CALL keeps the index order (PROFILE, test/plans/block-list.test.ts:
// a subscriber with 5,000 followers, the newest 60 on its block list: Seek -> filters -> Limit, no Sort).
// The reader-view checks are one CASE projected after the seek, then a WHERE on it, not predicates of the
// MATCH: the same operators (EXPLAIN: a Projection and a Filter where the Filter was), cheapest test first,
// and planning it takes 332 ms, not 620 (EXPLAIN with the plan cache cleared; planned again per parameter types).
// PROFILE (bench S, u0 read by u5067, page 1): 832 db hits, as before.
MATCH (me:User {id: $id})
OPTIONAL MATCH (vw:User {id: $viewer})
WITH vw, @block-lists(me) AS meLists, @block-lists(vw) AS vwLists
CALL (vw, meLists, vwLists) {
  MATCH (f:User)-[r:FOLLOWS]->(u:User)
  USING INDEX r:FOLLOWS(to, since, from)
  WHERE r.to = $id
    AND r.since <= datetime($since)
    AND r.from IS NOT NULL
    AND CASE WHEN r.since = datetime($since) THEN r.from < $after ELSE true END
  WITH f, r, CASE
      WHEN NOT $includeBlocked AND @follow-hidden-to(f, u, meLists) THEN false
      WHEN vw IS NULL OR f = vw THEN true
      ELSE NOT @blocked-with(f, vw, vwLists) END AS shown
    WHERE shown
  WITH f, r
  ORDER BY r.to DESC, r.since DESC, r.from DESC
  LIMIT $limit
  RETURN f, r
}
RETURN f.id AS id, f.username AS username, f.name AS name, r.since.epochMillis AS since
