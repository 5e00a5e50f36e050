// After a run: removes up to $batch change-feed entries the run's users made (actor starting with $prefix),
// and the batch nodes (record-changes.cypher) holding any of theirs: a run's imports hold only its own users.
// No index on actor: a scan of the :Change nodes, acceptable for a clean-up outside the measurements.
MATCH (c:Change)
WHERE c.actor STARTS WITH $prefix OR any(a IN coalesce(c.actors, []) WHERE a STARTS WITH $prefix)
WITH c LIMIT $batch
DELETE c
RETURN count(*) AS deleted
