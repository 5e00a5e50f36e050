// Security tests: the users whose id, or lower-cased username, is one of $values (hostile values must never
// be stored). Seeks user_id_unique and user_username_lower_unique.
MATCH (u:User)
WHERE u.id IN $values OR u.usernameLower IN $lower
RETURN u.id AS id, u.name AS name
