// GET /v1/users/{id}/known-followers/{target}: followers of target whom id follows, ordered like `following`.
// Walks id's side, never target's: a keyset seek on follows_by_source (from = $id) in index order, and for
// each followed user k one Expand(Into) (k)-[:FOLLOWS]->(t), which Neo4j checks from the smaller degree
// (k's out-degree, not a celebrity target's million followers). Cost is bounded by id's following count.
// Blocked filtering as in the lists: an edge between users in a block relation is hidden (id-k and
// k-target), and users in a block relation with the viewer are left out. The page is ordered and
// limited inside CALL, with target and viewer bound outside: EXPLAIN then shows Seek -> filters (every edge
// test an Expand(Into)) -> Limit, with no Sort/Top (with target matched alongside, the planner sorted).
// PROFILE (bench/private-to-public.ts: target with 100,000 followers, reader following 2,000 of whom half follow
// it): a 100-row page costs 2,625 db hits, first page or half-way down; the target's followers are never read.
// A block relation is the reader view's @blocked-with (cypher/reader/: a BLOCKS or a list block, either way;
// the list ties of id, target and viewer read once, bound into the CALL).
// The reader-view checks are one CASE projected after the seek, then a WHERE on it, not predicates of the
// MATCH: the same operators (EXPLAIN: a Projection and a Filter where the Filter was), cheapest test first,
// and planning it takes 540 ms, not 1,196 (EXPLAIN with the plan cache cleared; planned again per parameter types).
// PROFILE (bench S, u5067 -> u0, page of 100): 5,516 db hits, 5,306 before.
MATCH (t:User {id: $target})
MATCH (me:User {id: $id})
OPTIONAL MATCH (v:User {id: $viewer})
WITH t, v, @block-lists(me) AS meLists, @block-lists(t) AS tLists, @block-lists(v) AS vLists
CALL (t, v, meLists, tLists, vLists) {
  MATCH (me:User)-[f:FOLLOWS]->(k:User)
  USING INDEX f:FOLLOWS(from, since, to)
  WHERE f.from = $id
    AND f.since <= datetime($since)
    AND f.to IS NOT NULL
    AND CASE WHEN f.since = datetime($since) THEN f.to < $after ELSE true END
  WITH f, k, CASE
      WHEN NOT EXISTS { (k)-[:FOLLOWS]->(t) } THEN false
      WHEN @blocked-with(k, me, meLists) OR @blocked-with(k, t, tLists) THEN false
      WHEN v IS NULL OR v = k THEN true
      ELSE NOT @blocked-with(k, v, vLists) END AS shown
    WHERE shown
  WITH f, k
  ORDER BY f.from DESC, f.since DESC, f.to DESC
  LIMIT $limit
  RETURN f, k
}
// since in epoch ms, made ISO in src/queries/known-followers.ts (cheaper than the driver's DateTime per row).
RETURN k.id AS id, k.username AS username, k.name AS name, f.since.epochMillis AS since
