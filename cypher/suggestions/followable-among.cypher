// Cold start and padding: the given popular users ($candidates, most followed first) that $id may still be
// suggested, with the same exclusions as friends-of-friends.cypher (discoverable included). Each candidate is
// a user_id_unique seek; the checks are seeks of the pair-uniqueness indexes, as there (list blocks and mutes
// against $id's lists).
MATCH (me:User {id: $id})
CALL () {
  OPTIONAL MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = $id AND s.list IS NOT NULL
  RETURN collect(s.list) AS blocks
}
CALL () {
  OPTIONAL MATCH ()-[s:MUTES_LIST]->() WHERE s.from = $id AND s.list IS NOT NULL
  RETURN collect(s.list) AS mutes
}
CALL () {
  OPTIONAL MATCH ()-[m:HAS_MEMBER]->() WHERE m.member = $id AND m.purpose = 'moderation' AND m.list IS NOT NULL
  RETURN collect(m.list) AS memberOf
}
UNWIND range(0, size($candidates) - 1) AS i
WITH me, blocks, mutes, memberOf, i, $candidates[i] AS cand
  WHERE NOT cand.id IN $exclude
MATCH (c:User {id: cand.id})
  WHERE c <> me
    AND coalesce(c.discoverable, true)
    AND NOT EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT EXISTS { MATCH ()-[x:REQUESTED]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = c.id AND x.to = $id }
    AND NOT EXISTS { MATCH ()-[x:MUTES]->() WHERE x.from = $id AND x.to = c.id AND (x.until IS NULL OR x.until > datetime()) }
    AND NOT EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN blocks + mutes AND x.member = c.id }
    AND NOT EXISTS { MATCH ()-[x:BLOCKS_LIST]->() WHERE x.from = c.id AND x.list IN memberOf }
WITH i, c ORDER BY i
LIMIT toInteger($limit)
RETURN c.id AS id, c.username AS username, c.name AS name
