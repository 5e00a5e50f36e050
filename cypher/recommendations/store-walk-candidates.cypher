// The precompute (scripts/lib/precompute-suggestions.ts): for each user of $ids that follows someone,
// $walksPerNode random walks of up to $walkLength nodes over the projected graph $graph (GDS; undirected, so
// followers are reached as well as followed accounts), a visit at step t weighing $decay^(t-1): personalized
// PageRank estimated by walks. The $n best accounts the user does not follow are stored on its :Suggestions
// node (ids, scores scaled so the best is 1), with mutualCount and up to 3 via among the user's $maxFollowings
// newest followings not in a block relation with it (as friends-of-friends.cypher samples them), newest first. Nothing here is final: exclusions are
// checked when suggestions are read (cypher/suggestions/precomputed.cypher). PROFILE: see RECOMMENDATIONS.md
// (the walks and their aggregation dominate; per user, the $n best are checked against its FOLLOWS with
// Expand(Into), and each against the sampled followings with Expand(Into) from the smaller side).
MATCH (u:User)
  WHERE u.id IN $ids AND EXISTS { (u)-[:FOLLOWS]->() }
WITH collect(u) AS sources
  WHERE size(sources) > 0
CALL gds.randomWalk.stream($graph, {
  sourceNodes: sources,
  walkLength: toInteger($walkLength), walksPerNode: toInteger($walksPerNode), randomSeed: toInteger($seed), concurrency: 1
})
YIELD nodeIds
UNWIND range(1, size(nodeIds) - 1) AS step
WITH nodeIds[0] AS source, nodeIds[step] AS node, $decay ^ (step - 1) AS weight
  WHERE node <> source
WITH source, node, sum(weight) AS score
ORDER BY source, score DESC, node
WITH source, collect({node: node, score: score}) AS ranked
WITH gds.util.asNode(source) AS me, ranked
CALL (me, ranked) {
  UNWIND ranked AS r
  WITH me, r, gds.util.asNode(r.node) AS c
    WHERE NOT EXISTS { (me)-[:FOLLOWS]->(c) }
  WITH c, r LIMIT toInteger($n)
  RETURN collect(c) AS candidates, collect(r.score) AS scores
}
CALL (me) {
  MATCH ()-[f:FOLLOWS]->(mid)
  USING INDEX f:FOLLOWS(from, since, to)
  WHERE f.from = me.id AND f.since IS NOT NULL AND f.to IS NOT NULL
  WITH f, mid ORDER BY f.from DESC, f.since DESC, f.to DESC LIMIT toInteger($maxFollowings)
  WITH collect(mid) AS newest
  RETURN [m IN newest WHERE NOT EXISTS { (me)-[:BLOCKS]-(m) }] AS mids
}
WITH me, candidates, scores, mids, coalesce(scores[0], 1.0) AS best
WITH me, scores, best, [c IN candidates | [m IN mids WHERE (m)-[:FOLLOWS]->(c) | m.id]] AS vias, candidates
MERGE (s:Suggestions {user: me.id})
SET s.ids = [c IN candidates | c.id],
    s.scores = [x IN scores | x / best],
    s.mutualCounts = [v IN vias | size(v)],
    s.via = reduce(flat = [], v IN vias | flat + (v + ['', '', ''])[..3]),
    s.at = datetime()
RETURN count(*) AS stored
