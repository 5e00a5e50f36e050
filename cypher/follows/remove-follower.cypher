// DELETE /v1/users/{id}/followers/{target} in one statement: the pair lock (as follow.cypher), then target's
// FOLLOWS to id is deleted (a seek of follows_pair_unique) and recorded as `follower.removed` (actor id),
// last. Answers USER_NOT_FOUND_ID / USER_NOT_FOUND_TARGET, NONE (no such follower: still 204) or DELETED.
UNWIND $ids AS lockId
MATCH (u:User {id: lockId})
SET u.__lock = true
REMOVE u.__lock
WITH collect(u) AS locked
WITH [n IN locked | n.id] AS found, [n IN locked WHERE n.id = $id][0] AS owner, [n IN locked WHERE n.id = $target][0] AS follower
OPTIONAL MATCH ()-[f:FOLLOWS {from: $target, to: $id}]->()
WITH owner, follower, f,
     CASE WHEN f IS NOT NULL AND EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = $id AND x.to = $target } THEN 1 ELSE 0 END AS hidden,
     CASE
       WHEN NOT $id IN found THEN 'USER_NOT_FOUND_ID'
       WHEN NOT $target IN found THEN 'USER_NOT_FOUND_TARGET'
       WHEN f IS NULL THEN 'NONE'
       ELSE 'DELETED'
     END AS outcome
DELETE f
// Hidden-edge counters (see user-counts.cypher): a follower hidden by id's block goes. Both users are locked.
SET owner.hiddenFollowers = owner.hiddenFollowers - hidden,
    follower.hiddenFollowing = follower.hiddenFollowing - hidden
WITH outcome
CALL (outcome) {
  WITH outcome
  WHERE outcome = 'DELETED'
  CREATE (:Change {id: randomUUID(), at: datetime({epochMillis: timestamp()}), type: 'follower.removed', actor: $id, target: $target})
}
RETURN outcome
