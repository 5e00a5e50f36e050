// Bench clean-up: up to $batch users whose id starts with $prefix (a user_id_unique prefix seek), with every
// edge touching them. Repeat until 0.
MATCH (u:User)
WHERE u.id STARTS WITH $prefix
WITH u LIMIT $batch
DETACH DELETE u
RETURN count(*) AS deleted
