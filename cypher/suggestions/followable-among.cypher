// Cold start and padding: the given popular users ($candidates, most followed first) that $id may still be
// suggested, with the same exclusions as friends-of-friends.cypher (discoverable, followed or requested,
// @blocked, @mutes). Each candidate is a user_id_unique seek; the checks are seeks of the pair-uniqueness
// indexes and the subscriber's few list subscriptions.
MATCH (me:User {id: $id})
UNWIND range(0, size($candidates) - 1) AS i
WITH me, i, $candidates[i] AS cand
  WHERE NOT cand.id IN $exclude
MATCH (c:User {id: cand.id})
  WHERE c <> me
    AND coalesce(c.discoverable, true)
    AND NOT EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT EXISTS { MATCH ()-[x:REQUESTED]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT @blocked(me, c)
    AND NOT @mutes(me, c)
WITH i, c ORDER BY i
LIMIT toInteger($limit)
RETURN c.id AS id, c.username AS username, c.name AS name
