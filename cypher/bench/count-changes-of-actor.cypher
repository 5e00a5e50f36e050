// Bench check: how many change-feed entries of one type an actor has, single ones and those inside batch
// nodes (record-changes.cypher). A scan of the Change nodes: bench only.
MATCH (c:Change)
WHERE c.actor = $actor OR $actor IN c.actors
RETURN sum(CASE
  WHEN c.types IS NULL THEN CASE WHEN c.type = $type THEN 1 ELSE 0 END
  ELSE size([i IN range(0, size(c.types) - 1) WHERE c.actors[i] = $actor AND c.types[i] = $type])
END) AS changes
