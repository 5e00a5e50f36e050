// GET /v1/changes: the feed oldest first, keyset on (at, id) after the cursor's position. A :Change node is
// one change, or a batch of them (types/actors/targets lists, record-changes.cypher) whose entry i has the id
// `<node id>.<i, 8 digits>`; the cursor names the node ($node) and, inside a batch, the entry ($index, else -1).
// Seeks the change_by_time index on at >= $atMs and reads it in order (EXPLAIN: NodeIndexSeekByRange, no
// Sort), so a page costs the same deep in the feed. At most $limit + 1 nodes are read (the cursor's own batch
// may have no entry left), then their entries in order. Changes from $horizonMs on (feed-horizon.cypher) are
// held back: a transaction that stamped them may not have committed yet. Numbers go through toInteger: JS
// numbers arrive as floats.
MATCH (c:Change)
WHERE c.at >= datetime({epochMillis: toInteger($atMs)})
  AND c.at < datetime({epochMillis: toInteger($horizonMs)})
  AND c.id IS NOT NULL
  AND (c.at > datetime({epochMillis: toInteger($atMs)}) OR c.id >= $node)
WITH c ORDER BY c.at, c.id
LIMIT toInteger($limit) + 1
UNWIND CASE
  WHEN c.types IS NULL THEN [-1]
  WHEN c.id = $node THEN range(toInteger($index) + 1, size(c.types) - 1)
  ELSE range(0, size(c.types) - 1)
END AS i
WITH c, i
  WHERE NOT (i = -1 AND c.id = $node)
WITH c, i
LIMIT toInteger($limit)
RETURN CASE WHEN i = -1 THEN c.id ELSE c.id + '.' + right('0000000' + toString(i), 8) END AS id,
       c.at.epochMillis AS at,
       CASE WHEN i = -1 THEN c.type ELSE c.types[i] END AS type,
       CASE WHEN i = -1 THEN c.actor ELSE c.actors[i] END AS actor,
       CASE WHEN i = -1 THEN c.target WHEN c.targets[i] = '' THEN null ELSE c.targets[i] END AS target,
       CASE WHEN i = -1 OR c.lists IS NULL OR c.lists[i] = '' THEN null ELSE c.lists[i] END AS list
