// DELETE /v1/users/{id}/following/{target} in one statement: the pair lock (as follow.cypher: both users in
// $ids order, collect() as the barrier), then id's FOLLOWS to target (hidden or not) and its pending request
// are deleted, each found by a seek of its pair-uniqueness index on (from, to); a deletion is recorded as one
// `unfollow` change, last. Answers USER_NOT_FOUND_ID / USER_NOT_FOUND_TARGET, NONE (nothing to delete: still
// 204, idempotent) or DELETED.
UNWIND $ids AS lockId
MATCH (u:User {id: lockId})
SET u.__lock = true
REMOVE u.__lock
WITH collect(u) AS locked
WITH [n IN locked | n.id] AS found, [n IN locked WHERE n.id = $id][0] AS a, [n IN locked WHERE n.id = $target][0] AS b
OPTIONAL MATCH ()-[f:FOLLOWS {from: $id, to: $target}]->()
OPTIONAL MATCH ()-[q:REQUESTED {from: $id, to: $target}]->()
WITH a, b, f, q,
     CASE WHEN f IS NOT NULL AND EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = $target AND x.to = $id } THEN 1 ELSE 0 END AS hidden,
     CASE
       WHEN NOT $id IN found THEN 'USER_NOT_FOUND_ID'
       WHEN NOT $target IN found THEN 'USER_NOT_FOUND_TARGET'
       WHEN f IS NULL AND q IS NULL THEN 'NONE'
       ELSE 'DELETED'
     END AS outcome
DELETE f, q
// Hidden-edge counters (see user-counts.cypher): a follow hidden by the target's block goes. Both users are
// locked; null counters (users from before the counters) stay null.
SET a.hiddenFollowing = a.hiddenFollowing - hidden,
    b.hiddenFollowers = b.hiddenFollowers - hidden
WITH outcome
CALL (outcome) {
  WITH outcome
  WHERE outcome = 'DELETED'
  CREATE (:Change {id: randomUUID(), at: datetime({epochMillis: timestamp()}), type: 'unfollow', actor: $id, target: $target})
}
RETURN outcome
