// One change-feed entry, written by the transaction that makes the change (as its last statement, so the
// time it carries is as close to the commit as a statement can be). Readers hold back the newest few
// seconds (see src/queries/changes.ts) so that a slower transaction committing later never lands behind
// a cursor a reader already passed.
CREATE (c:Change {
  id: randomUUID(),
  at: datetime({epochMillis: timestamp()}),
  type: $type,
  actor: $actor,
  target: $target
})
