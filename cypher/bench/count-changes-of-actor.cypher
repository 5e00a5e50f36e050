// Bench check: how many change-feed entries of one type an actor has (a scan of the Change nodes: bench only).
MATCH (c:Change)
WHERE c.actor = $actor AND c.type = $type
RETURN count(c) AS changes
