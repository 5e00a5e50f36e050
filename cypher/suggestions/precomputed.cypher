// GET /v1/users/{id}/suggestions, first source: the candidates the precompute stored for $id, best first
// (drawn from the follows everyone may see: store-candidates.cypher), checked now by @suggestible, as in
// friends-of-friends.cypher: never self, already followed or requested, in a block relation with id
// (@blocked-with, list blocks included), muted by id (@mutes-with, mute lists included), or not discoverable;
// so a follow, request, block or mute made a moment ago is never suggested. id's ties are read once
// (@block-lists, @mute-lists), so those tests seek nothing for a user with no blocks, mutes or lists. `via`
// keeps the stored followings that $id still follows with no block relation between them
// (@follow-hidden-from), and that still follow the candidate by a follow the reader ($reader) may see
// (@visible-follow), with username and whether each hides its network (the access policy names only those it
// may: mayName); followsYou says whether the candidate follows id by a follow the reader may see. Both are
// what the reasons need (src/queries/suggestions.ts), answered here rather than by a statement of their own.
// Ranked first, checked after (as friends-of-friends.cypher): the ORDER BY and LIMIT (1000: more than any
// stored list) before the checks keep the stored order through them, so they stop once $limit pass.
// PROFILE (bench S, u5067, 40 stored, limit 20, service token): NodeUniqueIndexSeek on
// suggestions_user_unique, Unwind, Top, then a NodeUniqueIndexSeek and the FOLLOWS and REQUESTED pair seeks
// per candidate until Limit (no block or mute seek: u5067 has none), the via checks and followsYou on the rows
// returned: 891 db hits in one statement, where 3111ed7 took 840 here and 161 in a second statement for the
// reasons (why.cypher), 1bae109 803 without reasons.
// The reader-view checks are one CASE projected after the seek, then a WHERE on it, not predicates of the
// MATCH: the same operators (EXPLAIN: a Projection and a Filter where the Filter was), cheapest test first,
// and planning it takes 1,663 ms, not 4,663 (EXPLAIN with the plan cache cleared; planned again per parameter types).
// PROFILE (bench S, u5067, limit 20): 932 db hits (1,003 with a user token), 891 (962) before the CASE: the
// 40 more are reads of me.id by @suggestible.
MATCH (s:Suggestions {user: $id})
MATCH (me:User {id: $id})
OPTIONAL MATCH (rd:User {id: $reader})
WITH s, me, rd, @block-lists(me) AS meLists, @mute-lists(me) AS meMutes
UNWIND range(0, size(s.ids) - 1) AS i
WITH s, me, rd, meLists, meMutes, i ORDER BY i LIMIT 1000
MATCH (c:User {id: s.ids[i]})
WITH s, me, rd, meLists, meMutes, i, c, @suggestible(c, me, meLists, meMutes) AS allowed
  WHERE allowed
WITH s, me, rd, meLists, i, c LIMIT toInteger($limit)
CALL (s, me, rd, meLists, i, c) {
  UNWIND s.via[3 * i..3 * i + 3] AS viaId
  MATCH (m:User {id: viaId})
  WITH m, CASE
      WHEN NOT EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = $id AND x.to = m.id } THEN false
      WHEN @follow-hidden-from(me, m, meLists) THEN false
      WHEN NOT EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = m.id AND x.to = c.id } THEN false
      ELSE @visible-follow(m, c, rd) END AS shown
    WHERE shown
  RETURN collect(m {.id, .username, hideNetwork: coalesce(m.hideNetwork, false)}) AS via
}
RETURN c.id AS id, c.username AS username, c.name AS name, s.scores[i] AS score, s.mutualCounts[i] AS mutualCount, via,
       CASE WHEN NOT EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = c.id AND x.to = $id } THEN false
         ELSE @visible-follow(c, me, rd) END AS followsYou
ORDER BY i
