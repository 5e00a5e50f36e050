// After a run: removes up to $batch of the run's own users (ids starting with $prefix, a user_id_unique
// prefix seek) with their edges, so a reused dataset stays the seeded one. Called until it answers 0.
MATCH (u:User)
WHERE u.id STARTS WITH $prefix
WITH u LIMIT $batch
DETACH DELETE u
RETURN count(*) AS deleted
