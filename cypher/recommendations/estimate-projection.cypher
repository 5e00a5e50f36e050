// GDS's own estimate of the heap a projection of every User and FOLLOWS edge needs (native projection; the
// Cypher projection of project-follows.cypher builds the same in-heap graph). Counts come from the store's
// statistics: no scan.
CALL gds.graph.project.estimate('User', 'FOLLOWS')
YIELD requiredMemory, bytesMin, bytesMax, nodeCount, relationshipCount
RETURN requiredMemory, bytesMin, bytesMax, nodeCount, relationshipCount
