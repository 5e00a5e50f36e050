// PATCH /v1/users/{id}: only the fields given change (a null parameter keeps the stored value).
MATCH (u:User {id: $id})
WITH u, u.private AS wasPrivate, coalesce($username, u.username) AS username
SET u.username = username,
    u.usernameLower = toLower(username),
    u.name = coalesce($name, u.name),
    u.private = coalesce($private, u.private)
RETURN u {.id, .username, .name, .private, .createdAt} AS user, wasPrivate
