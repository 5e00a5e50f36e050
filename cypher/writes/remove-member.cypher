// Members removed (DELETE /v1/users/{id}/lists/{list}/members/{member}), a batch of them, after the list and
// the member are locked: the HAS_MEMBER edge goes (a seek of list_members_pair_unique). An op: {i, id (the
// owner), list, key, target (the member)}. Outcomes: USER_NOT_FOUND_ID, LIST_NOT_FOUND, USER_NOT_FOUND_TARGET,
// NONE (not a member: still 204), DELETED (recorded as `list.member.removed`).
UNWIND $ops AS op
OPTIONAL MATCH (o:User {id: op.id})
OPTIONAL MATCH (l:List {owner: op.id, id: op.list})
OPTIONAL MATCH (m:User {id: op.target})
OPTIONAL MATCH ()-[r:HAS_MEMBER]->() WHERE r.list = op.key AND r.member = op.target
WITH op, r,
     CASE
       WHEN o IS NULL THEN 'USER_NOT_FOUND_ID'
       WHEN l IS NULL THEN 'LIST_NOT_FOUND'
       WHEN m IS NULL THEN 'USER_NOT_FOUND_TARGET'
       WHEN r IS NULL THEN 'NONE'
       ELSE 'DELETED'
     END AS outcome
DELETE r
RETURN op.i AS i, outcome
