// Subscriptions to moderation lists (PUT /v1/users/{id}/list-blocks|list-mutes/{owner}/{list}, the import's
// subscription lines), a batch of them, after the list and the subscriber are locked. An op: {i, id (the
// subscriber), owner, list, key, type ('block': BLOCKS_LIST, 'mute': MUTES_LIST), since (null: now; an
// import's)}. Outcomes: USER_NOT_FOUND_ID, USER_NOT_FOUND_TARGET (the owner), LIST_NOT_FOUND,
// NOT_A_MODERATION_LIST, EXISTS (200), SUBSCRIBED (201, recorded as `list.block` / `list.mute`). Subscribing to
// one's own list is allowed. Seeks: the users, the list (list_owner_id_unique), the subscription (the type's
// pair-uniqueness index on (from, list), which makes a second one impossible). Answers the subscription as the
// list-blocks / list-mutes page lists it.
UNWIND $ops AS op
OPTIONAL MATCH (u:User {id: op.id})
OPTIONAL MATCH (o:User {id: op.owner})
OPTIONAL MATCH (l:List {owner: op.owner, id: op.list})
OPTIONAL MATCH ()-[b:BLOCKS_LIST]->() WHERE op.type = 'block' AND b.from = op.id AND b.list = op.key
OPTIONAL MATCH ()-[m:MUTES_LIST]->() WHERE op.type = 'mute' AND m.from = op.id AND m.list = op.key
WITH op, u, l, coalesce(b, m) AS old,
     CASE
       WHEN u IS NULL THEN 'USER_NOT_FOUND_ID'
       WHEN o IS NULL THEN 'USER_NOT_FOUND_TARGET'
       WHEN l IS NULL THEN 'LIST_NOT_FOUND'
       WHEN l.purpose <> 'moderation' THEN 'NOT_A_MODERATION_LIST'
       WHEN coalesce(b, m) IS NOT NULL THEN 'EXISTS'
       ELSE 'SUBSCRIBED'
     END AS outcome
CALL (old, op, outcome) {
  WITH old, op, outcome
  WHERE outcome = 'EXISTS' AND op.since IS NOT NULL
  SET old.since = datetime(op.since)
}
CALL (u, l, op, outcome) {
  WITH u, l, op, outcome
  WHERE outcome = 'SUBSCRIBED' AND op.type = 'block'
  CREATE (u)-[:BLOCKS_LIST {from: op.id, list: op.key, since: coalesce(datetime(op.since), datetime({epochMillis: timestamp()}))}]->(l)
}
CALL (u, l, op, outcome) {
  WITH u, l, op, outcome
  WHERE outcome = 'SUBSCRIBED' AND op.type = 'mute'
  CREATE (u)-[:MUTES_LIST {from: op.id, list: op.key, since: coalesce(datetime(op.since), datetime({epochMillis: timestamp()}))}]->(l)
}
OPTIONAL MATCH ()-[sb:BLOCKS_LIST]->() WHERE op.type = 'block' AND sb.from = op.id AND sb.list = op.key
OPTIONAL MATCH ()-[sm:MUTES_LIST]->() WHERE op.type = 'mute' AND sm.from = op.id AND sm.list = op.key
WITH op, l, outcome, coalesce(sb, sm) AS sub
RETURN op.i AS i, outcome,
       CASE WHEN sub IS NULL THEN null ELSE {
         id: l.id, owner: l.owner, name: l.name, purpose: l.purpose, description: l.description,
         memberCount: COUNT { (l)-[:HAS_MEMBER]->() }, createdAt: l.createdAt.epochMillis, since: sub.since.epochMillis
       } END AS subscription
