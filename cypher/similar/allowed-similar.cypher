// GET /v1/users/{id}/similar, then: of the similar accounts $similar (best first, scores $scores), the first
// $limit that may be shown, checked now: never id itself or a user with discoverable false; with a user
// token ($viewer), never the reader, those it follows or has requested, or those in a block or mute relation
// with it (either way, directly or through a block or mute list; a mute whose until has passed does not
// count). Each check a seek of the type's (from, to) pair-uniqueness index; the viewer's block and mute lists
// and the moderation lists holding it are read once first (as in friends-of-friends.cypher). Ranked first, checked after (as friends-of-friends.cypher): the ORDER BY
// and LIMIT before the checks keep the rank order through them, so they stop once $limit pass. PROFILE (M, a
// stored list of 100, a user token): Unwind, Top, then a NodeUniqueIndexSeek and seven pair seeks per
// candidate until Limit: 240 db hits; with the Top after the checks instead, all 100 were checked (1,040).
CALL () {
  OPTIONAL MATCH ()-[s:BLOCKS_LIST|MUTES_LIST]->() WHERE s.from = $viewer AND s.list IS NOT NULL
  RETURN collect(s.list) AS subscribed
}
CALL () {
  OPTIONAL MATCH ()-[m:HAS_MEMBER]->() WHERE m.member = $viewer AND m.purpose = 'moderation' AND m.list IS NOT NULL
  RETURN collect(m.list) AS memberOf
}
UNWIND range(0, size($similar) - 1) AS i
WITH subscribed, memberOf, i ORDER BY i LIMIT size($similar)
MATCH (c:User {id: $similar[i]})
  WHERE c.id <> $id
    AND coalesce(c.discoverable, true)
    AND ($viewer IS NULL OR (
      c.id <> $viewer
      AND NOT EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = $viewer AND x.to = c.id }
      AND NOT EXISTS { MATCH ()-[x:REQUESTED]->() WHERE x.from = $viewer AND x.to = c.id }
      AND NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = $viewer AND x.to = c.id }
      AND NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = c.id AND x.to = $viewer }
      AND NOT EXISTS { MATCH ()-[x:MUTES]->() WHERE x.from = $viewer AND x.to = c.id AND (x.until IS NULL OR x.until > datetime()) }
      AND NOT EXISTS { MATCH ()-[x:MUTES]->() WHERE x.from = c.id AND x.to = $viewer AND (x.until IS NULL OR x.until > datetime()) }
      AND NOT EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN subscribed AND x.member = c.id }
      AND NOT EXISTS { MATCH ()-[x:BLOCKS_LIST|MUTES_LIST]->() WHERE x.from = c.id AND x.list IN memberOf }
    ))
WITH i, c LIMIT toInteger($limit)
RETURN c.id AS id, c.username AS username, c.name AS name, $scores[i] AS score
