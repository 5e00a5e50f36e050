// Retention: deletes up to $batch changes older than now - $retentionMs, oldest first (a seek of the
// change_by_time index on at, in index order: the id predicate lets the composite index serve; without it, a
// label scan), and records the position of the newest one deleted on the feed's state node, so a reader whose
// cursor is behind it is told it missed changes (410 CURSOR_EXPIRED) instead of silently skipping them.
// Run repeatedly until it deletes fewer than $batch.
MATCH (c:Change)
WHERE c.at < datetime({epochMillis: timestamp() - toInteger($retentionMs)}) AND c.id IS NOT NULL
WITH c ORDER BY c.at, c.id
LIMIT toInteger($batch)
WITH collect(c) AS gone
CALL (gone) {
  WITH gone[-1] AS last
  WHERE last IS NOT NULL
  MERGE (f:ChangeFeed {name: 'changes'})
  WITH f, last,
       f.prunedThroughAt IS NULL OR last.at > f.prunedThroughAt OR (last.at = f.prunedThroughAt AND last.id > f.prunedThroughId) AS newer
  SET f.prunedThroughAt = CASE WHEN newer THEN last.at ELSE f.prunedThroughAt END,
      f.prunedThroughId = CASE WHEN newer THEN last.id ELSE f.prunedThroughId END
}
FOREACH (c IN gone | DELETE c)
RETURN size(gone) AS deleted
