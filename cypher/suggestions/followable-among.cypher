// Cold start and padding: the given popular users ($candidates, most followed first) that $id may still be
// suggested, with the same exclusions as friends-of-friends.cypher. Each candidate is a user_id_unique seek;
// the checks are ExpandInto between bound nodes.
MATCH (me:User {id: $id})
UNWIND range(0, size($candidates) - 1) AS i
WITH me, i, $candidates[i] AS cand
  WHERE NOT cand.id IN $exclude
MATCH (c:User {id: cand.id})
  WHERE c <> me
    AND NOT EXISTS { (me)-[:FOLLOWS|REQUESTED]->(c) }
    AND NOT EXISTS { (me)-[:BLOCKS]-(c) }
    AND NOT EXISTS { (me)-[m:MUTES]->(c) WHERE m.until IS NULL OR m.until > datetime() }
WITH i, c ORDER BY i
LIMIT toInteger($limit)
RETURN c.id AS id, c.username AS username, c.name AS name
