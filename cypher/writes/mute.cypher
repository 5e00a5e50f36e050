// Mutes, a batch of them, after lock-users.cypher. An op: {i, id, target, until (null: for ever), since
// (null: now; an import's given time)}. At most one MUTES edge per ordered pair (mutes_pair_unique). An
// expired edge counts as absent: it is taken over with a fresh since (CREATED, 201); an active one keeps its
// since and takes the new until (UPDATED, 200), unless the op gives a since. changed: whether the mute is new
// or its until moved (the change recorded as `mute`). Answers the mute as the list shows it.
UNWIND $ops AS op
OPTIONAL MATCH (a:User {id: op.id})
OPTIONAL MATCH (b:User {id: op.target})
OPTIONAL MATCH ()-[old:MUTES {from: op.id, to: op.target}]->()
WITH op, a, b, old, datetime({epochMillis: timestamp()}) AS now
WITH op, a, b, now,
     old IS NOT NULL AND (old.until IS NULL OR old.until > now) AS active,
     old IS NOT NULL AND coalesce(old.until = datetime(op.until), old.until IS NULL AND op.until IS NULL) AS sameUntil,
     CASE WHEN a IS NULL THEN 'USER_NOT_FOUND_ID' WHEN b IS NULL THEN 'USER_NOT_FOUND_TARGET' END AS refused
OPTIONAL CALL (a, b, op, now, active) {
  WITH a, b, op, now, active
  WHERE a IS NOT NULL AND b IS NOT NULL
  MERGE (a)-[m:MUTES]->(b)
    ON CREATE SET m.from = op.id, m.to = op.target
  SET m.since = coalesce(datetime(op.since), CASE WHEN active THEN m.since ELSE now END),
      m.until = datetime(op.until)
  RETURN {id: b.id, username: b.username, name: b.name, since: m.since, until: m.until} AS mute
}
RETURN op.i AS i,
       coalesce(refused, CASE WHEN active THEN 'UPDATED' ELSE 'CREATED' END) AS outcome,
       refused IS NULL AND NOT (active AND sameUntil) AS changed,
       mute
