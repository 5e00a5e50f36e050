// Resource allocation over the 2-hop neighbourhood (Zhou, Lü, Zhang 2009), directed: each account m that
// $id follows passes one unit, shared evenly over m's follow edges both ways (1 / degree of m, from the
// degree store: getDegree, no expand), to every account m follows. A celebrity followed by everyone passes
// almost nothing; a small circle passes a lot. The $n best, whatever $id follows included (the caller
// leaves them out). PROFILE: NodeUniqueIndexSeek, Expand(All) over $id's follows, then over each of theirs
// (about 20 x the user's follows rows at M), EagerAggregation by candidate, Top($n).
MATCH (me:User {id: $id})-[:FOLLOWS]->(m)
WITH m, 1.0 / COUNT { (m)-[:FOLLOWS]-() } AS share
MATCH (m)-[:FOLLOWS]->(c)
WITH c, sum(share) AS score
ORDER BY score DESC, c.id LIMIT toInteger($n)
RETURN c.id AS id, score
