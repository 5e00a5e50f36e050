// Seeks the user_id_unique index.
MATCH (u:User {id: $id})
RETURN u {.id, .username, .name, .private, .createdAt} AS user
