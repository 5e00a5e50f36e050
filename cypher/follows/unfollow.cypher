// DELETE /v1/users/{id}/following/{target} in one statement: the pair lock (as follow.cypher: both users in
// $ids order, collect() as the barrier), then id's FOLLOWS to target (hidden or not) and its pending request
// are deleted, each found by a seek of its pair-uniqueness index on (from, to); a deletion is recorded as one
// `unfollow` change, last. Answers USER_NOT_FOUND_ID / USER_NOT_FOUND_TARGET, NONE (nothing to delete: still
// 204, idempotent) or DELETED.
UNWIND $ids AS lockId
MATCH (u:User {id: lockId})
SET u.__lock = true
REMOVE u.__lock
WITH collect(u.id) AS found
OPTIONAL MATCH ()-[f:FOLLOWS {from: $id, to: $target}]->()
OPTIONAL MATCH ()-[q:REQUESTED {from: $id, to: $target}]->()
WITH f, q,
     CASE
       WHEN NOT $id IN found THEN 'USER_NOT_FOUND_ID'
       WHEN NOT $target IN found THEN 'USER_NOT_FOUND_TARGET'
       WHEN f IS NULL AND q IS NULL THEN 'NONE'
       ELSE 'DELETED'
     END AS outcome
DELETE f, q
WITH outcome
CALL (outcome) {
  WITH outcome
  WHERE outcome = 'DELETED'
  CREATE (:Change {id: randomUUID(), at: datetime({epochMillis: timestamp()}), type: 'unfollow', actor: $id, target: $target})
}
RETURN outcome
