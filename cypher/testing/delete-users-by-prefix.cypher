// Test fixture cleanup: every user whose id starts with $prefix, and their edges (a prefix seek on
// user_id_unique).
MATCH (u:User)
WHERE u.id STARTS WITH $prefix
DETACH DELETE u
RETURN count(*) AS deleted
