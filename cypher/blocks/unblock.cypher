// DELETE /v1/users/{id}/blocks/{target} in one statement: the pair lock (as follow.cypher), then id's BLOCKS
// to target is deleted (a seek of blocks_pair_unique) and recorded as `unblock`, last; a follow it hid shows
// again (the users' hidden-edge counters follow). Answers USER_NOT_FOUND_ID / USER_NOT_FOUND_TARGET, NONE (no block: still 204) or DELETED.
UNWIND $ids AS lockId
MATCH (u:User {id: lockId})
SET u.__lock = true
REMOVE u.__lock
WITH collect(u) AS locked
WITH [n IN locked | n.id] AS found, [n IN locked WHERE n.id = $id][0] AS a, [n IN locked WHERE n.id = $target][0] AS b
OPTIONAL MATCH ()-[r:BLOCKS {from: $id, to: $target}]->()
WITH a, b, r,
     CASE
       WHEN NOT $id IN found THEN 'USER_NOT_FOUND_ID'
       WHEN NOT $target IN found THEN 'USER_NOT_FOUND_TARGET'
       WHEN r IS NULL THEN 'NONE'
       ELSE 'DELETED'
     END AS outcome
DELETE r
WITH a, b, outcome
// Hidden-edge counters (see user-counts.cypher): the target's follow of id, if any, shows again (the target
// cannot block id while following it, so no other block hides it). Both users are locked.
CALL (a, b, outcome) {
  WITH a, b, outcome
  WHERE outcome = 'DELETED' AND EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = $target AND x.to = $id }
  SET a.hiddenFollowers = a.hiddenFollowers - 1,
      b.hiddenFollowing = b.hiddenFollowing - 1
}
CALL (outcome) {
  WITH outcome
  WHERE outcome = 'DELETED'
  CREATE (:Change {id: randomUUID(), at: datetime({epochMillis: timestamp()}), type: 'unblock', actor: $id, target: $target})
}
RETURN outcome
