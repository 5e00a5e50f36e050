// Whether $graph is in GDS's catalog (projected graphs live in the heap and are gone after a restart).
// A catalog lookup: no store access.
RETURN gds.graph.exists($graph) AS exists
