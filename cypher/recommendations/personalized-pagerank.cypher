// Personalized PageRank from one user over the projected FOLLOWS graph $graph (GDS): the restart always
// goes back to the user, so the scores measure how reachable each account is from it (Twitter's "circle of
// trust"). The $n best, the user itself and whatever it follows included (the caller leaves them out).
// PROFILE: one NodeUniqueIndexSeek, then the procedure iterates over the whole projection in the heap
// (dampingFactor 0.85, up to 20 iterations, each a pass over every edge) and answers one row per projected
// user; Top($n) keeps the best and only those are looked up (gds.util.asNode). Measured per user: 55-75 ms on
// Bitcoin OTC, 2.3 s at M (loaded machine): an evaluation method, too slow to precompute every user.
MATCH (me:User {id: $id})
CALL gds.pageRank.stream($graph, {sourceNodes: [me], dampingFactor: 0.85, maxIterations: 20, tolerance: 1e-7, concurrency: 4})
YIELD nodeId, score
WITH nodeId, score ORDER BY score DESC, nodeId LIMIT toInteger($n)
RETURN gds.util.asNode(nodeId).id AS id, score
