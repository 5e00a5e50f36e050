// GET /v1/export/edges?type=MUTES: every MUTES edge (expired ones too: the export is the stored graph) in
// (from, to) order after ($afterFrom, $afterTo), one row per source user, as in follows.cypher (seek of the
// mutes_pair_unique index, no Sort, OrderedAggregation; the tie filter a CASE, not an OR). Times as epoch ms (until null: for ever).
MATCH ()-[r:MUTES]->()
WHERE r.from >= $afterFrom AND r.to IS NOT NULL
  AND CASE WHEN r.from = $afterFrom THEN r.to > $afterTo ELSE true END
WITH r.from AS from, r.to AS to, r.since.epochMillis AS since, r.until.epochMillis AS until
ORDER BY from, to
RETURN from, collect([to, since, until]) AS edges
