// GET /v1/users/{id}/known-followers/{target}: followers of target whom id follows, ordered like `following`.
// Walks id's side, never target's: a keyset seek on follows_by_source (from = $id) in index order, and for
// each followed user k one Expand(Into) (k)-[:FOLLOWS]->(t), which Neo4j checks from the smaller degree
// (k's out-degree, not a celebrity target's million followers). Cost is bounded by id's following count.
// Blocked filtering as in the lists: an edge between users in a BLOCKS relation either way is hidden
// (id-k and k-target), and users in a BLOCKS relation with the viewer are left out. The page is ordered and
// limited inside CALL, with target and viewer bound outside: EXPLAIN then shows Seek -> filters (every edge
// test an Expand(Into)) -> Limit, with no Sort/Top (with target matched alongside, the planner sorted).
// PROFILE (bench/private-to-public.ts: target with 100,000 followers, reader following 2,000 of whom half follow
// it): a 100-row page costs 2,625 db hits, first page or half-way down; the target's followers are never read.
// List blocks (a block list either way) hide edges and users like BLOCKS: the block lists of id, target and
// viewer, and the moderation lists that hold each, are read first (seeks of list_blocks_pair_unique on from and of
// list_members_by_purpose) and bound into the CALL, where each test is a seek of list_members_pair_unique or
// list_blocks_pair_unique for those few lists (none when there are none).
MATCH (t:User {id: $target})
OPTIONAL MATCH (v:User {id: $viewer})
CALL () {
  OPTIONAL MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = $id AND s.list IS NOT NULL
  RETURN collect(s.list) AS idBlocks
}
CALL () {
  OPTIONAL MATCH ()-[m:HAS_MEMBER]->() WHERE m.member = $id AND m.purpose = 'moderation' AND m.list IS NOT NULL
  RETURN collect(m.list) AS idIn
}
CALL () {
  OPTIONAL MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = $target AND s.list IS NOT NULL
  RETURN collect(s.list) AS targetBlocks
}
CALL () {
  OPTIONAL MATCH ()-[m:HAS_MEMBER]->() WHERE m.member = $target AND m.purpose = 'moderation' AND m.list IS NOT NULL
  RETURN collect(m.list) AS targetIn
}
CALL () {
  OPTIONAL MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = $viewer AND s.list IS NOT NULL
  RETURN collect(s.list) AS viewerBlocks
}
CALL () {
  OPTIONAL MATCH ()-[m:HAS_MEMBER]->() WHERE m.member = $viewer AND m.purpose = 'moderation' AND m.list IS NOT NULL
  RETURN collect(m.list) AS viewerIn
}
CALL (t, v, idBlocks, idIn, targetBlocks, targetIn, viewerBlocks, viewerIn) {
  MATCH (me:User)-[f:FOLLOWS]->(k:User)
  USING INDEX f:FOLLOWS(from, since, to)
  WHERE f.from = $id
    AND f.since <= datetime($since)
    AND f.to IS NOT NULL
    AND CASE WHEN f.since = datetime($since) THEN f.to < $after ELSE true END
    AND (k)-[:FOLLOWS]->(t)
    AND NOT (me)-[:BLOCKS]-(k)
    AND NOT EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN idBlocks AND x.member = k.id }
    AND NOT EXISTS { MATCH ()-[x:BLOCKS_LIST]->() WHERE x.from = k.id AND x.list IN idIn }
    AND NOT (k)-[:BLOCKS]-(t)
    AND NOT EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN targetBlocks AND x.member = k.id }
    AND NOT EXISTS { MATCH ()-[x:BLOCKS_LIST]->() WHERE x.from = k.id AND x.list IN targetIn }
    AND CASE WHEN v IS NULL OR v = k THEN true ELSE NOT (k)-[:BLOCKS]-(v)
      AND NOT EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN viewerBlocks AND x.member = k.id }
      AND NOT EXISTS { MATCH ()-[x:BLOCKS_LIST]->() WHERE x.from = k.id AND x.list IN viewerIn } END
  WITH f, k
  ORDER BY f.from DESC, f.since DESC, f.to DESC
  LIMIT $limit
  RETURN f, k
}
// since in epoch ms, made ISO in src/queries/known-followers.ts (cheaper than the driver's DateTime per row).
RETURN k.id AS id, k.username AS username, k.name AS name, f.since.epochMillis AS since
