// GDS's estimate of the heap the random walks of random-walk-candidates.cypher need on a projection of every
// User and FOLLOWS edge (the projection included), for RECOMMENDATIONS.md. Store statistics only.
CALL gds.randomWalk.stream.estimate({nodeProjection: 'User', relationshipProjection: 'FOLLOWS'},
  {walkLength: $walkLength, walksPerNode: $walksPerNode, concurrency: 4})
YIELD requiredMemory, bytesMin, bytesMax
RETURN requiredMemory, bytesMin, bytesMax
