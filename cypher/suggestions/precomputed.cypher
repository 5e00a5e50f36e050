// GET /v1/users/{id}/suggestions, first source: the candidates the precompute stored for $id, best first
// (drawn from the follows everyone may see: store-candidates.cypher), checked now with the exclusions of
// friends-of-friends.cypher: never self, already followed or requested, in a block relation with id (@blocked,
// list blocks included), muted by id (@mutes, mute lists included), or not discoverable; so a follow, request,
// block or mute made a moment ago is never suggested. `via` keeps the stored followings that $id still follows
// with no block relation between them, and that still follow the candidate by a follow the reader ($reader)
// may see, with whether each hides its network (the access policy names only those it may: mayName).
// Ranked first, checked after (as friends-of-friends.cypher): the ORDER BY and LIMIT (1000: more than any
// stored list) before the checks keep the stored order through them, so they stop once $limit pass.
// PROFILE (M, 40 stored, limit 20): NodeUniqueIndexSeek on suggestions_user_unique, Unwind, Top, then a
// NodeUniqueIndexSeek and the pair seeks per candidate until Limit, the via checks on the rows returned.
MATCH (s:Suggestions {user: $id})
MATCH (me:User {id: $id})
OPTIONAL MATCH (rd:User {id: $reader})
UNWIND range(0, size(s.ids) - 1) AS i
WITH s, me, rd, i ORDER BY i LIMIT 1000
MATCH (c:User {id: s.ids[i]})
  WHERE c <> me
    AND coalesce(c.discoverable, true)
    AND NOT EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT EXISTS { MATCH ()-[x:REQUESTED]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT @blocked(me, c)
    AND NOT @mutes(me, c)
WITH s, me, rd, i, c LIMIT toInteger($limit)
CALL (s, me, rd, i, c) {
  UNWIND s.via[3 * i..3 * i + 3] AS viaId
  MATCH (m:User {id: viaId})
    WHERE EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = $id AND x.to = m.id }
      AND NOT @blocked(me, m)
      AND EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = m.id AND x.to = c.id }
      AND @visible-follow(m, c, rd)
  RETURN collect(m {.id, hideNetwork: coalesce(m.hideNetwork, false)}) AS via
}
RETURN c.id AS id, c.username AS username, c.name AS name, s.scores[i] AS score, s.mutualCounts[i] AS mutualCount, via
ORDER BY i
