// List creates and updates (PUT /v1/users/{id}/lists/{list}, the import's list lines), a batch of them, after
// lock-users.cypher has locked each owner (so two creates of one list never race; list_owner_id_unique backs
// it). An op: {i, id (the owner), list, name, purpose, description, createdAt (null: now; an import's given
// time)}. Outcomes: USER_NOT_FOUND_ID, PURPOSE_FIXED (an existing list keeps its purpose), CREATED (201,
// recorded as `list.created`), UPDATED (200; changed: whether a field moved). Answers the list as GET shows it.
// The list is a seek of list_owner_id_unique; memberCount is the degree store's.
UNWIND $ops AS op
OPTIONAL MATCH (o:User {id: op.id})
OPTIONAL MATCH (old:List {owner: op.id, id: op.list})
WITH op, o, old,
     CASE
       WHEN o IS NULL THEN 'USER_NOT_FOUND_ID'
       WHEN old IS NOT NULL AND old.purpose <> op.purpose THEN 'PURPOSE_FIXED'
       WHEN old IS NULL THEN 'CREATED'
       ELSE 'UPDATED'
     END AS outcome,
     old IS NOT NULL AND (old.name <> op.name OR old.description <> op.description
       OR (op.createdAt IS NOT NULL AND old.createdAt <> datetime(op.createdAt))) AS updating
CALL (o, op, outcome) {
  WITH o, op, outcome
  WHERE outcome = 'CREATED'
  CREATE (o)-[:OWNS]->(:List {
    owner: op.id, id: op.list, name: op.name, purpose: op.purpose, description: op.description,
    createdAt: coalesce(datetime(op.createdAt), datetime({epochMillis: timestamp()}))
  })
}
CALL (old, op, outcome) {
  WITH old, op, outcome
  WHERE outcome = 'UPDATED'
  SET old.name = op.name, old.description = op.description, old.createdAt = coalesce(datetime(op.createdAt), old.createdAt)
}
OPTIONAL MATCH (l:List {owner: op.id, id: op.list})
RETURN op.i AS i, outcome, outcome = 'CREATED' OR (outcome = 'UPDATED' AND updating) AS changed,
       CASE WHEN l IS NULL OR outcome = 'PURPOSE_FIXED' THEN null ELSE {
         id: l.id, owner: l.owner, name: l.name, purpose: l.purpose, description: l.description,
         memberCount: COUNT { (l)-[:HAS_MEMBER]->() }, createdAt: l.createdAt.epochMillis
       } END AS list
