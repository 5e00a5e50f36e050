// GET /v1/export/edges?type=FOLLOWS: every FOLLOWS edge in (from, to) order from $after on. The follows_pair_unique
// constraint's index on (from, to) is seeked on from >= $afterFrom and provides the order (EXPLAIN: no Sort);
// the tie on from is filtered out row by row. since as epoch ms: converted to ISO in JS, cheaper per row.
MATCH ()-[r:FOLLOWS]->()
WHERE r.from >= $afterFrom AND r.to IS NOT NULL AND (r.from > $afterFrom OR r.to > $afterTo)
RETURN r.from AS from, r.to AS to, r.since.epochMillis AS since
ORDER BY r.from, r.to
