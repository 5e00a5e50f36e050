// Outage test: for each attempted user id, whether the user exists and how many `user.created` changes name it
// (a user write and its change record commit together or not at all). Seeks user_id_unique; the changes are
// matched by actor among the test's own few hundred.
UNWIND $ids AS id
OPTIONAL MATCH (u:User {id: id})
OPTIONAL MATCH (c:Change {actor: id, type: 'user.created'})
RETURN id, u IS NOT NULL AS exists, count(c) AS created
