// Personalized PageRank from each user of $ids, estimated with GDS's random walks over the undirected
// projection $graph (project-follows.cypher): $walksPerNode walks of $walkLength nodes from the user. With
// restart probability 1 - a ($decay = a), PPR(c) = (1 - a) x sum over steps t of a^t p_t(c), p_t being where
// a walk is after t steps: the walks estimate the steps before $walkLength, and after that p_t is close to
// the walk's stationary distribution, degree(c) / (2 x $edges) on an undirected graph; so
//   score(c) = (1 - a) x sum of a^t over the walks' visits of c / $walksPerNode + a^$walkLength x degree(c) / (2 x $edges).
// Candidates: the 2 x $n + (its following count) accounts the walks visit most (what it follows is visited
// most) and the most-followed accounts ($popular ids), less the user and those it follows; per user, the $n
// best as parallel lists. Deterministic for a $seed (one thread).
// PROFILE: the walks and their aggregation run in the heap; per visited account one gds.util.asNode, one
// Expand(Into) against the user's FOLLOWS and one getDegree (degree store), then a Top($n) per user.
MATCH (u:User)
  WHERE u.id IN $ids AND EXISTS { (u)-[:FOLLOWS]-() }
WITH collect(u) AS sources
  WHERE size(sources) > 0
CALL gds.randomWalk.stream($graph, {
  sourceNodes: sources,
  walkLength: toInteger($walkLength), walksPerNode: toInteger($walksPerNode), randomSeed: toInteger($seed), concurrency: 1
})
YIELD nodeIds
UNWIND range(1, size(nodeIds) - 1) AS step
WITH nodeIds[0] AS source, nodeIds[step] AS node, $decay ^ step AS weight
WITH source, node, sum(weight) AS visits
ORDER BY source, visits DESC, node
WITH source, collect([node, visits]) AS visited
WITH gds.util.asNode(source) AS me, visited
WITH me, visited[..toInteger($n) * 2 + COUNT { (me)-[:FOLLOWS]->() }] AS visited
CALL (me, visited) {
  CALL (visited) {
    UNWIND visited AS v
    RETURN gds.util.asNode(v[0]) AS c, v[1] AS visits
    UNION ALL
    UNWIND $popular AS id
    MATCH (c:User {id: id})
    RETURN c, 0.0 AS visits
  }
  WITH me, c, sum(visits) AS visits
    WHERE c <> me AND NOT EXISTS { (me)-[:FOLLOWS]->(c) }
  // The stationary term weighs c by its public degree (followers and following as GET counts answers them;
  // none for a hidden network), never by follows hidden from anyone.
  WITH c, visits, CASE WHEN coalesce(c.hideNetwork, false) THEN 0
    ELSE COUNT { (c)-[:FOLLOWS]-() } - coalesce(c.hiddenFollowers, 0) - coalesce(c.hiddenFollowing, 0) END AS degree
  WITH c, (1 - $decay) * visits / $walksPerNode + $decay ^ $walkLength * degree / (2.0 * $edges) AS score
  ORDER BY score DESC, c.id
  LIMIT toInteger($n)
  RETURN collect(c.id) AS candidates, collect(score) AS scores
}
RETURN me.id AS id, candidates, scores
