// The schema as a graph
// Labels and relationship types as Neo4j sees them, drawn as a graph.
CALL db.schema.visualization()
