// SALSA by random walks (GDS's gds.randomWalk over the bipartite projection of
// project-follows-bipartite.cypher): $walksPerNode walks of up to $walkLength nodes from the hub of each user
// of $ids; the authorities a walk visits (odd steps: accounts followed by users who follow what the user
// follows, or who follow the user) count $decay^((t-1)/2) at step t. Per user, the $n best accounts it does
// not follow yet, as parallel lists. Deterministic for a $seed (one thread). PROFILE: the walks and their
// aggregation run in the heap; then a NodeByIdSeek per kept authority and Expand(Into) against the user's
// FOLLOWS, until $n pass.
MATCH (u:User)
  WHERE u.id IN $ids
WITH collect(2 * id(u)) AS sources
  WHERE size(sources) > 0
CALL gds.randomWalk.stream($graph, {
  sourceNodes: sources,
  walkLength: toInteger($walkLength), walksPerNode: toInteger($walksPerNode), randomSeed: toInteger($seed), concurrency: 1
})
YIELD nodeIds
UNWIND range(1, size(nodeIds) - 1, 2) AS step
WITH nodeIds[0] AS source, nodeIds[step] AS node, $decay ^ ((step - 1) / 2) AS weight
  WHERE node <> source + 1
WITH source, node, sum(weight) AS score
ORDER BY source, score DESC, node
WITH source, collect({node: node, score: score}) AS ranked
MATCH (me) WHERE id(me) = source / 2
CALL (me, ranked) {
  UNWIND ranked AS r
  MATCH (c) WHERE id(c) = (r.node - 1) / 2
  WITH me, r, c
    WHERE NOT EXISTS { (me)-[:FOLLOWS]->(c) }
  WITH r, c LIMIT toInteger($n)
  RETURN collect(c.id) AS candidates, collect(r.score) AS scores
}
RETURN me.id AS id, candidates, scores
