// GET /v1/users/{id}/following: a keyset page, newest first. Seeks follows_by_source (from = $id,
// since <= cursor) in index order (ORDER BY names every index property): no Sort, no Expand. Tie rows
// filtered by id with a CASE; hidden edges and users in a BLOCKS relation with the viewer filtered per row
// before the LIMIT (ExpandInto / the followed user's BLOCKS edges). EXPLAIN: DirectedRelationshipIndexSeek ->
// AntiSemiApply/Filter -> Limit, no Sort (the same shape as followers-page, profiled on 50,000 edges).
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
  MATCH (u:User)-[r:FOLLOWS]->(t:User)
  USING INDEX r:FOLLOWS(from, since, to)
  WHERE r.from = $id
    AND r.since <= datetime($since)
    AND r.to IS NOT NULL
    AND CASE WHEN r.since = datetime($since) THEN r.to < $after ELSE true END
    AND ($includeBlocked OR (NOT (t)-[:BLOCKS]-(u)
      AND NOT EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN ownBlocks AND x.member = t.id }
      AND NOT EXISTS { MATCH ()-[x:BLOCKS_LIST]->() WHERE x.from = t.id AND x.list IN ownIn }))
    AND ($viewer IS NULL OR t.id = $viewer OR (NOT EXISTS { (t)-[:BLOCKS]-(:User {id: $viewer}) }
      AND NOT EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN viewerBlocks AND x.member = t.id }
      AND NOT EXISTS { MATCH ()-[x:BLOCKS_LIST]->() WHERE x.from = t.id AND x.list IN viewerIn }))
  WITH t, r
  ORDER BY r.from DESC, r.since DESC, r.to DESC
  LIMIT $limit
  RETURN t, r
}
RETURN t.id AS id, t.username AS username, t.name AS name, r.since.epochMillis AS since
