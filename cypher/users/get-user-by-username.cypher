// Case-insensitive lookup: seeks the user_username_lower_unique index with the lower-cased name.
MATCH (u:User {usernameLower: toLower($username)})
RETURN u {.id, .username, .name, private: coalesce(u.private, false), hideNetwork: coalesce(u.hideNetwork, false), discoverable: coalesce(u.discoverable, true), .createdAt} AS user
