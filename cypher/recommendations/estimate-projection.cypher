// GDS's own estimate of the heap a projection of every User and FOLLOWS edge, undirected, needs (as the
// precompute's; the Cypher projection of project-follows.cypher measured about 1.6 times this at M, see
// RECOMMENDATIONS.md). Counts come from the store's statistics: no scan.
CALL gds.graph.project.estimate('User', {FOLLOWS: {orientation: 'UNDIRECTED'}})
YIELD requiredMemory, bytesMin, bytesMax, nodeCount, relationshipCount
RETURN requiredMemory, bytesMin, bytesMax, nodeCount, relationshipCount
