// Test check: every user's id, in id order.
MATCH (u:User) RETURN u.id AS id ORDER BY id
