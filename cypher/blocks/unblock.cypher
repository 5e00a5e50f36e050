// DELETE /v1/users/{id}/blocks/{target} in one statement: the pair lock (as follow.cypher), then id's BLOCKS
// to target is deleted (a seek of blocks_pair_unique) and recorded as `unblock`, last; a follow it hid shows
// again. Answers USER_NOT_FOUND_ID / USER_NOT_FOUND_TARGET, NONE (no block: still 204) or DELETED.
UNWIND $ids AS lockId
MATCH (u:User {id: lockId})
SET u.__lock = true
REMOVE u.__lock
WITH collect(u.id) AS found
OPTIONAL MATCH ()-[r:BLOCKS {from: $id, to: $target}]->()
WITH r,
     CASE
       WHEN NOT $id IN found THEN 'USER_NOT_FOUND_ID'
       WHEN NOT $target IN found THEN 'USER_NOT_FOUND_TARGET'
       WHEN r IS NULL THEN 'NONE'
       ELSE 'DELETED'
     END AS outcome
DELETE r
WITH outcome
CALL (outcome) {
  WITH outcome
  WHERE outcome = 'DELETED'
  CREATE (:Change {id: randomUUID(), at: datetime({epochMillis: timestamp()}), type: 'unblock', actor: $id, target: $target})
}
RETURN outcome
