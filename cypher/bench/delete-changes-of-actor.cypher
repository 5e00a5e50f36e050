// Bench clean-up: up to $batch change-feed entries made by $actor (a scan of the Change nodes: bench only).
// Repeat until 0.
MATCH (c:Change)
WHERE c.actor = $actor
WITH c LIMIT $batch
DELETE c
RETURN count(*) AS deleted
