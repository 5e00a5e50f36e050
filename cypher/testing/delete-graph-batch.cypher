// Test cleanup of a test's own instance (never the shared one): up to $batch nodes deleted with their edges.
MATCH (n) WITH n LIMIT toInteger($batch)
DETACH DELETE n
RETURN count(*) AS deleted
