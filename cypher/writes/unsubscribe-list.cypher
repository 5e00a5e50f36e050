// Unsubscriptions (DELETE /v1/users/{id}/list-blocks|list-mutes/{owner}/{list}), a batch of them, after the
// list and the subscriber are locked: the BLOCKS_LIST or MUTES_LIST edge goes (a seek of its pair-uniqueness
// index). An op: {i, id, owner, list, key, type}. Outcomes: USER_NOT_FOUND_ID, USER_NOT_FOUND_TARGET (the
// owner), NONE (not subscribed, or no such list: still 204, so that unsubscribing tells nothing of which lists a
// private owner has), DELETED (recorded as `list.unblock` / `list.unmute`).
UNWIND $ops AS op
OPTIONAL MATCH (u:User {id: op.id})
OPTIONAL MATCH (o:User {id: op.owner})
OPTIONAL MATCH ()-[b:BLOCKS_LIST]->() WHERE op.type = 'block' AND b.from = op.id AND b.list = op.key
OPTIONAL MATCH ()-[m:MUTES_LIST]->() WHERE op.type = 'mute' AND m.from = op.id AND m.list = op.key
WITH op, b, m,
     CASE
       WHEN u IS NULL THEN 'USER_NOT_FOUND_ID'
       WHEN o IS NULL THEN 'USER_NOT_FOUND_TARGET'
       WHEN b IS NULL AND m IS NULL THEN 'NONE'
       ELSE 'DELETED'
     END AS outcome
DELETE b, m
RETURN op.i AS i, outcome
