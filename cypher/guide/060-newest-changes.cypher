// The change feed's newest entries
// The 25 newest changes, newest first, as GET /v1/changes serves them (oldest first, a few seconds behind): a
// batch node of a bulk import holds many entries, listed here one by one.
//
// PROFILE: with the hint and both properties required, NodeIndexScan of change_by_time in descending order (no
// Sort, 26 db hits for 25 nodes); without them, on a small feed the planner chose NodeByLabelScan + Top, which
// reads every change. A batch's entries come from its lists.
MATCH (c:Change)
USING INDEX c:Change(at, id)
WHERE c.at IS NOT NULL AND c.id IS NOT NULL
WITH c
ORDER BY c.at DESC, c.id DESC
LIMIT 25
UNWIND CASE WHEN c.types IS NULL THEN [-1] ELSE reverse(range(0, size(c.types) - 1)) END AS i
WITH c, i
LIMIT 25
RETURN c.at AS at,
       CASE WHEN i = -1 THEN c.id ELSE c.id + '.' + right('0000000' + toString(i), 8) END AS id,
       CASE WHEN i = -1 THEN c.type ELSE c.types[i] END AS type,
       CASE WHEN i = -1 THEN c.actor ELSE c.actors[i] END AS actor,
       CASE WHEN i = -1 THEN c.target WHEN c.targets[i] = '' THEN null ELSE c.targets[i] END AS target
