// GET /v1/users/{id}/suggestions, first source: the candidates the precompute stored for $id, best first,
// checked now: never self, already followed or requested, blocked either way, muted (unexpired), or not
// discoverable; so a follow, request, block or mute made a moment ago is never suggested. Each check is a
// seek of the type's (from, to) pair-uniqueness index, as in followable-among.cypher. `via` keeps the stored
// followings that $id still follows visibly and that still follow the candidate (two pair seeks each).
// PROFILE: NodeUniqueIndexSeek on suggestions_user_unique, Unwind, NodeUniqueIndexSeek per candidate, the
// checks, then Top($limit) by stored rank; about 40 candidates stored a user (see RECOMMENDATIONS.md).
MATCH (s:Suggestions {user: $id})
UNWIND range(0, size(s.ids) - 1) AS i
MATCH (c:User {id: s.ids[i]})
  WHERE c.id <> $id
    AND coalesce(c.discoverable, true)
    AND NOT EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT EXISTS { MATCH ()-[x:REQUESTED]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = c.id AND x.to = $id }
    AND NOT EXISTS { MATCH ()-[x:MUTES]->() WHERE x.from = $id AND x.to = c.id AND (x.until IS NULL OR x.until > datetime()) }
WITH s, i, c ORDER BY i LIMIT toInteger($limit)
RETURN c.id AS id, c.username AS username, c.name AS name, s.scores[i] AS score, s.mutualCounts[i] AS mutualCount,
       [m IN s.via[3 * i..3 * i + 3] WHERE m <> ''
          AND EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = $id AND x.to = m }
          AND EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = m AND x.to = c.id }
          AND NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = $id AND x.to = m }
          AND NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = m AND x.to = $id }] AS via
