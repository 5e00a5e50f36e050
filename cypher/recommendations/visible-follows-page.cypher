// The precompute's graph (scripts/lib/precompute-suggestions.ts): $limit users after $after in id order, each
// with the follows everyone may see (@visible-to-everyone: no block relation hides it, one end neither private
// nor hiding its network), as parallel lists of targets and times (epoch ms), and its public follower count
// (the degree less the follows a block hides, as GET counts answers it) and whether it hides its network, which
// the similar score divides by (scripts/lib/ranker/similar.ts). Users without such follows come too (they may
// be followed). PROFILE (Bitcoin OTC): NodeIndexSeekByRange on user_id_unique in index order
// (no Sort), Limit, then per user a getDegree, an Expand(All) of its FOLLOWS and the reader-view tests (two
// users' properties, the block seeks), as project-follows.cypher.
MATCH (a:User)
  WHERE a.id > $after
WITH a ORDER BY a.id
LIMIT toInteger($limit)
CALL (a) {
  OPTIONAL MATCH (a)-[f:FOLLOWS]->(b:User)
    WHERE (@visible-to-everyone(a, b))
  RETURN collect(b.id) AS to, collect(coalesce(f.since.epochMillis, 0)) AS since
}
RETURN a.id AS id, to, since,
  COUNT { (a)<-[:FOLLOWS]-() } - coalesce(a.hiddenFollowers, 0) AS followers, coalesce(a.hideNetwork, false) AS hideNetwork
