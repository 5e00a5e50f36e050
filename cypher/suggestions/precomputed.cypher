// GET /v1/users/{id}/suggestions, first source: the candidates the precompute stored for $id, best first,
// checked now: never self, already followed or requested, blocked either way, muted (unexpired), or not
// discoverable; so a follow, request, block or mute made a moment ago is never suggested. Each check is a
// seek of the type's (from, to) pair-uniqueness index, as in followable-among.cypher. `via` keeps the stored
// followings that $id still follows visibly and that still follow the candidate (two pair seeks each), with
// whether each hides its network (the access policy names only those it may: src/access-policy.ts mayName).
// Ranked first, checked after (as friends-of-friends.cypher): the ORDER BY and LIMIT (1000: more than any
// stored list) before the checks keep the stored order through them, so they stop once $limit pass.
// PROFILE (M, 40 stored, limit 20): NodeUniqueIndexSeek on suggestions_user_unique, Unwind, Top, then a
// NodeUniqueIndexSeek and five pair seeks per candidate until Limit, the via checks on the rows returned:
// 538 db hits; with the Top after the checks instead, all 40 were checked (838 db hits).
MATCH (s:Suggestions {user: $id})
UNWIND range(0, size(s.ids) - 1) AS i
WITH s, i ORDER BY i LIMIT 1000
MATCH (c:User {id: s.ids[i]})
  WHERE c.id <> $id
    AND coalesce(c.discoverable, true)
    AND NOT EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT EXISTS { MATCH ()-[x:REQUESTED]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = c.id AND x.to = $id }
    AND NOT EXISTS { MATCH ()-[x:MUTES]->() WHERE x.from = $id AND x.to = c.id AND (x.until IS NULL OR x.until > datetime()) }
WITH s, i, c LIMIT toInteger($limit)
RETURN c.id AS id, c.username AS username, c.name AS name, s.scores[i] AS score, s.mutualCounts[i] AS mutualCount,
       [m IN s.via[3 * i..3 * i + 3] WHERE m <> ''
          AND EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = $id AND x.to = m }
          AND EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = m AND x.to = c.id }
          AND NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = $id AND x.to = m }
          AND NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = m AND x.to = $id }
        | {id: m, hideNetwork: COUNT { MATCH (v:User {id: m}) WHERE v.hideNetwork } > 0}] AS via
