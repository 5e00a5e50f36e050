// Cold start and padding: the given popular users ($candidates, most followed first) that $id may still be
// suggested (@suggestible, the rule of friends-of-friends.cypher: discoverable, followed or requested, a
// block relation with id, muted by id, against id's ties read once), and whether
// each follows id by a follow the reader ($reader) may see (@visible-follow), for the reasons given
// (src/queries/suggestions.ts). Each candidate is a user_id_unique seek; the checks are seeks of the
// pair-uniqueness indexes, those for blocks and mutes only when id has any.
// The reader-view checks are one CASE projected after the seek, then a WHERE on it, not predicates of the
// MATCH: the same operators (EXPLAIN: a Projection and a Filter where the Filter was), cheapest test first,
// and planning it takes 860 ms, not 997 (EXPLAIN with the plan cache cleared; planned again per parameter types).
MATCH (me:User {id: $id})
OPTIONAL MATCH (rd:User {id: $reader})
WITH me, rd, @block-lists(me) AS meLists, @mute-lists(me) AS meMutes
UNWIND range(0, size($candidates) - 1) AS i
WITH me, rd, meLists, meMutes, i, $candidates[i] AS cand
  WHERE NOT cand.id IN $exclude
MATCH (c:User {id: cand.id})
WITH me, rd, meLists, meMutes, i, c, @suggestible(c, me, meLists, meMutes) AS allowed
  WHERE allowed
WITH me, rd, i, c ORDER BY i
LIMIT toInteger($limit)
RETURN c.id AS id, c.username AS username, c.name AS name,
       CASE WHEN NOT EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = c.id AND x.to = $id } THEN false
         ELSE @visible-follow(c, me, rd) END AS followsYou
