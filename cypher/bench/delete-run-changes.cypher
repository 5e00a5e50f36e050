// After a run: removes up to $batch change-feed entries the run's users made (actor starting with $prefix).
// No index on actor: a scan of the :Change nodes, acceptable for a clean-up outside the measurements.
MATCH (c:Change)
WHERE c.actor STARTS WITH $prefix
WITH c LIMIT $batch
DELETE c
RETURN count(*) AS deleted
