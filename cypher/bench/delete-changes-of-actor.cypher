// Bench clean-up: up to $batch change-feed entries made by $actor, and batch nodes (record-changes.cypher)
// holding any of theirs (a scan of the Change nodes: bench only). Repeat until 0.
MATCH (c:Change)
WHERE c.actor = $actor OR $actor IN c.actors
WITH c LIMIT $batch
DELETE c
RETURN count(*) AS deleted
