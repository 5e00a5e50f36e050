// Drops the projected graph $graph from GDS's catalog (frees its heap); no error when it is not there.
// A catalog operation: no store access.
CALL gds.graph.drop($graph, false) YIELD graphName
RETURN graphName AS graph
