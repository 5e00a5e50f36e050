// Personalized PageRank estimated by random walks (GDS's gds.randomWalk over the projected FOLLOWS graph
// $graph): $walksPerNode walks of up to $walkLength nodes from each of the users $ids that follow someone
// (no source at all would mean every node to GDS, hence the size check), along follows; a visit
// at step t counts $decay^(t-1) (the walk's restart probability is 1 - $decay per step; a walk ends early at an
// account that follows nobody). Per user, the $n best accounts it does not follow yet, as parallel lists.
// Deterministic for a $seed (one thread). PROFILE (M, 1,000 users per call, 20 walks of 6): the walks and their
// aggregation run in the server's heap; per user, the $n best are checked against its FOLLOWS with
// Expand(Into) from the smaller side and looked up (gds.util.asNode) only then.
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
  WITH r, c LIMIT toInteger($n)
  RETURN collect(c.id) AS candidates, collect(r.score) AS scores
}
RETURN me.id AS id, candidates, scores
