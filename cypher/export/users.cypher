// GET /v1/export/users: every user in id order from $after on. The user_id_unique index seek (id > $after)
// provides the order (EXPLAIN: NodeUniqueIndexSeekByRange, no Sort), so the stream starts at once and the
// server holds one fetch batch at a time. createdAt as epoch ms: converted to ISO in JS, cheaper per row.
MATCH (u:User)
WHERE u.id > $after
RETURN u.id AS id, u.username AS username, u.name AS name, coalesce(u.private, false) AS private,
       coalesce(u.hideNetwork, false) AS hideNetwork, coalesce(u.discoverable, true) AS discoverable,
       u.createdAt.epochMillis AS createdAt
ORDER BY u.id
