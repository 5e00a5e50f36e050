// GDS's estimate of the heap the random walks of random-walk-candidates.cypher need on the undirected
// projection of every User and FOLLOWS edge (the projection included), for RECOMMENDATIONS.md. Store
// statistics only.
CALL gds.randomWalk.stream.estimate({nodeProjection: 'User', relationshipProjection: {FOLLOWS: {orientation: 'UNDIRECTED'}}},
  {walkLength: toInteger($walkLength), walksPerNode: toInteger($walksPerNode), concurrency: 4})
YIELD requiredMemory, bytesMin, bytesMax
RETURN requiredMemory, bytesMin, bytesMax
