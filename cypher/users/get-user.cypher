// Seeks the user_id_unique index. Users from before hideNetwork/discoverable existed read as their defaults.
MATCH (u:User {id: $id})
RETURN u {.id, .username, .name, private: coalesce(u.private, false), hideNetwork: coalesce(u.hideNetwork, false), discoverable: coalesce(u.discoverable, true), .createdAt} AS user
