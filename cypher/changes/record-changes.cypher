// Many change-feed entries at once (a bulk import's batch, a private account's accepted requests), written as
// the transaction's last statement like record-change.cypher: one :Change node holding the batch's entries in
// parallel lists (types, actors, targets; '' for no target; lists, the 'owner/list' of list events, only when the
// batch has some), in the batch's own order. The feed reads
// entry i of node $batch as the change with id `$batch.<i, 8 digits>` (changes-page.cypher), so readers see
// every entry, ordered after the changes stamped earlier and by position within the batch.
// PROFILE/measurements: one node per entry (5 properties, 2 index entries each) cost about as much as the
// imported edges themselves; one node per batch of 10,000 costs a few milliseconds.
CREATE (:Change {
  id: $batch,
  at: datetime({epochMillis: timestamp()}),
  types: $types,
  actors: $actors,
  targets: $targets,
  lists: $lists
})
