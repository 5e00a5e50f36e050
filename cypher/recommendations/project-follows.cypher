// Projects the FOLLOWS graph (users whose id starts with $prefix; '' for every user) into GDS's in-heap
// catalog as $graph, for personalized PageRank and the random walks; $undirected: every follow can be walked
// both ways (a follower is as close as a followed account). A Cypher aggregation projection, so an
// evaluation can project its own users only. Only the follows everyone may see are projected (@visible-to-everyone,
// cypher/reader/: no block relation hides it, and one end is neither private nor hiding its network), so what
// the precompute stores reveals nothing to any reader (API.md v1.2); a reader's own private part is added when
// read (friends of friends). EXPLAIN: a range seek of user_id_unique (id STARTS WITH $prefix; every user for
// ''), Expand(All) over each user's incoming FOLLOWS, a Filter on the follower and the reader-view tests (pair
// seeks, property reads), then the aggregation: one pass over the edges (its time and heap at M:
// RECOMMENDATIONS.md).
MATCH (a:User)-[:FOLLOWS]->(b:User)
  WHERE a.id STARTS WITH $prefix AND b.id STARTS WITH $prefix AND (@visible-to-everyone(a, b))
WITH gds.graph.project($graph, a, b, {}, {undirectedRelationshipTypes: CASE WHEN $undirected THEN ['*'] ELSE [] END}) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS relationships
