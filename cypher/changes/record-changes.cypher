// Many change-feed entries at once (a bulk import's batch), written as the transaction's last statement like
// record-change.cypher. Ids are the batch's random prefix plus the row's zero-padded position, so the feed's
// (at, id) order keeps the batch's own order among entries of the same millisecond.
UNWIND range(0, size($changes) - 1) AS i
WITH i, $changes[i] AS c
CREATE (:Change {
  id: $batch + '-' + right('0000000' + toString(i), 8),
  at: datetime({epochMillis: timestamp()}),
  type: c.type,
  actor: c.actor,
  target: c.target
})
