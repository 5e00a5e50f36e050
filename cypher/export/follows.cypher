// GET /v1/export/edges?type=FOLLOWS: every FOLLOWS edge in (from, to) order after ($afterFrom, $afterTo). The
// follows_pair_unique constraint's index on (from, to) is seeked on from >= $afterFrom and provides the
// order (EXPLAIN: no Sort); the tie on from is filtered row by row with a CASE (an OR became a Union and a
// Sort). One row per source user (OrderedAggregation streams, the input being ordered by from): about 20x
// fewer records for the driver to decode than a row per edge, which measured 1.8x the export rate. A row
// holds one user's out-edges, so memory is bounded by the largest out-degree, not by the graph.
// since as epoch ms: converted to ISO in JS, cheaper per row.
MATCH ()-[r:FOLLOWS]->()
WHERE r.from >= $afterFrom AND r.to IS NOT NULL
  AND CASE WHEN r.from = $afterFrom THEN r.to > $afterTo ELSE true END
WITH r.from AS from, r.to AS to, r.since.epochMillis AS since
ORDER BY from, to
RETURN from, collect([to, since]) AS edges
