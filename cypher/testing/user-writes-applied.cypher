// Outage test: for each attempted user id, whether the user exists and how many `user.created` changes name it
// (a user write and its change record commit together or not at all). Seeks user_id_unique; the changes are
// single :Change nodes or entries of batch nodes (record-changes.cypher: user writes go through the write
// engine's batches), found by a scan of the feed (a small test database).
UNWIND $ids AS id
OPTIONAL MATCH (u:User {id: id})
WITH id, u IS NOT NULL AS exists
CALL (id) {
  MATCH (c:Change)
  WHERE c.type = 'user.created' AND c.actor = id
     OR (c.types IS NOT NULL AND id IN c.actors)
  RETURN sum(CASE
    WHEN c.types IS NULL THEN 1
    ELSE size([i IN range(0, size(c.types) - 1) WHERE c.types[i] = 'user.created' AND c.actors[i] = id])
  END) AS created
}
RETURN id, exists, created
