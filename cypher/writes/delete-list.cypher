// List deletions (DELETE /v1/users/{id}/lists/{list}, and a deleted owner's lists), a batch of them, after the
// list and its owner are locked: the list node with its members and every subscription to it (DETACH DELETE
// reads only the list's own edges). The hidden-edge counters of subscribers and members are settled by the
// write path around this statement (src/queries/list-hiding.ts). An op: {i, id (the owner), list}. Outcomes:
// USER_NOT_FOUND_ID, NONE (no such list: still 204), DELETED (recorded as `list.deleted`).
UNWIND $ops AS op
OPTIONAL MATCH (o:User {id: op.id})
OPTIONAL MATCH (l:List {owner: op.id, id: op.list})
WITH op, l,
     CASE
       WHEN o IS NULL THEN 'USER_NOT_FOUND_ID'
       WHEN l IS NULL THEN 'NONE'
       ELSE 'DELETED'
     END AS outcome
DETACH DELETE l
RETURN op.i AS i, outcome
