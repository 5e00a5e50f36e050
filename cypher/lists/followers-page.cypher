// GET /v1/users/{id}/followers: a keyset page, newest first. Seeks follows_by_target (to = $id,
// since <= cursor) and reads it in index order (ORDER BY names every index property), so LIMIT stops the
// seek after the page: no Sort, no Expand of the user's edges. Rows tied with the cursor's `since` are
// filtered by id (a CASE: an OR would be split into a Union and a Sort). Hidden edges (a BLOCKS either way
// between follower and user) and users in a BLOCKS relation with the viewer are filtered per row by
// ExpandInto / the follower's own few BLOCKS edges, before the LIMIT.
// PROFILE (50,000 followers, limit 100; test/plans/dense-node.test.ts): DirectedRelationshipIndexSeek ->
// SelectOrAntiSemiApply/Filter (per-row block checks; the viewer's skipped when there is none) -> Limit; no
// Sort, no Expand(All) of FOLLOWS; ~1,030 db hits for page 1 and ~1,015 for the page after the 40,000th follower.
// since is answered in epoch ms and made ISO in src/queries/lists.ts: the driver's DateTime decoding was
// most of the service's CPU per page (bench: service/raw 0.60 on followers pages).
// List blocks (a block list either way) are filtered like BLOCKS: the block lists of $id and of $viewer, and the
// moderation lists that hold them, are read once (seeks of list_blocks_pair_unique on from, and of
// list_members_by_purpose) and bound into the CALL, so each row's test is a seek of list_members_pair_unique or
// list_blocks_pair_unique for those few lists (none when there are none); the CALL keeps the index order
// (PROFILE, a subscriber with 2,000 followers, 500 of them on its block list: the same Seek -> filters -> Limit,
// +2 db hits a row).
OPTIONAL MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = $id AND s.list IS NOT NULL
WITH collect(s.list) AS ownBlocks
OPTIONAL MATCH ()-[m:HAS_MEMBER]->() WHERE m.member = $id AND m.purpose = 'moderation' AND m.list IS NOT NULL
WITH ownBlocks, collect(m.list) AS ownIn
OPTIONAL MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = $viewer AND s.list IS NOT NULL
WITH ownBlocks, ownIn, collect(s.list) AS viewerBlocks
OPTIONAL MATCH ()-[m:HAS_MEMBER]->() WHERE m.member = $viewer AND m.purpose = 'moderation' AND m.list IS NOT NULL
WITH ownBlocks, ownIn, viewerBlocks, collect(m.list) AS viewerIn
CALL (ownBlocks, ownIn, viewerBlocks, viewerIn) {
  MATCH (f:User)-[r:FOLLOWS]->(u:User)
  USING INDEX r:FOLLOWS(to, since, from)
  WHERE r.to = $id
    AND r.since <= datetime($since)
    AND r.from IS NOT NULL
    AND CASE WHEN r.since = datetime($since) THEN r.from < $after ELSE true END
    AND ($includeBlocked OR (NOT (f)-[:BLOCKS]-(u)
      AND NOT EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN ownBlocks AND x.member = f.id }
      AND NOT EXISTS { MATCH ()-[x:BLOCKS_LIST]->() WHERE x.from = f.id AND x.list IN ownIn }))
    AND ($viewer IS NULL OR f.id = $viewer OR (NOT EXISTS { (f)-[:BLOCKS]-(:User {id: $viewer}) }
      AND NOT EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN viewerBlocks AND x.member = f.id }
      AND NOT EXISTS { MATCH ()-[x:BLOCKS_LIST]->() WHERE x.from = f.id AND x.list IN viewerIn }))
  WITH f, r
  ORDER BY r.to DESC, r.since DESC, r.from DESC
  LIMIT $limit
  RETURN f, r
}
RETURN f.id AS id, f.username AS username, f.name AS name, r.since.epochMillis AS since
