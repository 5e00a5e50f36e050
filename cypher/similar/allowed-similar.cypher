// GET /v1/users/{id}/similar: of the similar accounts $similar (best first, scores $scores), or when $similar is
// null of those the precompute stored for $id (a seek of suggestions_user_unique; no stored list: no rows), the
// first $limit that may be shown, checked now: never id itself or a user with discoverable false; with a user
// token ($viewer), never the reader, those it follows or has requested, those in a block relation with it
// (either way, @blocked) or those it mutes (@mutes; never those who mute it: a mute is the muter's alone).
// The stored list read here, not by a statement of its own: the usual request is one auto-commit read.
// Ranked first, checked after (as friends-of-friends.cypher): the ORDER BY and LIMIT (1000: more than any list)
// before the checks keep the rank order through them, so they stop once $limit pass. PROFILE (M, a stored list
// of 100, a user token): Unwind, Top, then a NodeUniqueIndexSeek and the pair tests (Expand(Into) from the
// reader) per candidate until Limit.
OPTIONAL MATCH (s:Suggestions {user: $id})
  WHERE $similar IS NULL
OPTIONAL MATCH (rd:User {id: $viewer})
WITH rd, coalesce($similar, s.similarIds, []) AS similar, coalesce($scores, s.similarScores, []) AS scores
UNWIND range(0, size(similar) - 1) AS i
WITH rd, similar, scores, i ORDER BY i LIMIT 1000
MATCH (c:User {id: similar[i]})
  WHERE c.id <> $id
    AND coalesce(c.discoverable, true)
    AND (rd IS NULL OR (
      c <> rd
      AND NOT EXISTS { (rd)-[:FOLLOWS|REQUESTED]->(c) }
      AND NOT @blocked(rd, c)
      AND NOT @mutes(rd, c)
    ))
WITH scores, i, c LIMIT toInteger($limit)
RETURN c.id AS id, c.username AS username, c.name AS name, scores[i] AS score
