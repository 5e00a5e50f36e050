// GET /v1/export/edges?type=MUTES: every MUTES edge (expired ones too: the export is the stored graph) in
// (from, to) order from $after on. The mutes_pair_unique constraint's index on (from, to) is seeked on
// from >= $afterFrom and provides the order (EXPLAIN: no Sort). Times as epoch ms, converted in JS.
MATCH ()-[r:MUTES]->()
WHERE r.from >= $afterFrom AND r.to IS NOT NULL AND (r.from > $afterFrom OR r.to > $afterTo)
RETURN r.from AS from, r.to AS to, r.since.epochMillis AS since, r.until.epochMillis AS until
ORDER BY r.from, r.to
