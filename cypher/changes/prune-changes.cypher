// Retention: deletes up to $batch changes older than now - $retentionMs, oldest first (a seek of the
// change_by_time index on at: the id predicate lets the composite index serve; without it, a label scan).
// Run repeatedly until it deletes fewer than $batch.
MATCH (c:Change)
WHERE c.at < datetime({epochMillis: timestamp() - toInteger($retentionMs)}) AND c.id IS NOT NULL
WITH c LIMIT toInteger($batch)
DELETE c
RETURN count(*) AS deleted
