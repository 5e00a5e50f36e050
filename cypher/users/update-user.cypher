// PATCH /v1/users/{id}: only the fields given change (a null parameter keeps the stored value). The user's
// write lock is taken first (a property write; relationship writes take the same lock), and the user is read
// again after the collect() barrier: the old private/hideNetwork are then read under the lock, so a
// concurrent PATCH or follow cannot slip between the read and the write (two PATCHes racing private -> true
// and -> false could otherwise both see the old value, and the later one would leave a follow request made in
// between pending on a public account; test/concurrency/user-races.test.ts).
MATCH (l:User {id: $id})
SET l.__lock = true
REMOVE l.__lock
WITH collect(l) AS locked
MATCH (u:User {id: $id})
WITH u, coalesce(u.private, false) AS wasPrivate, coalesce($username, u.username) AS username
SET u.username = username,
    u.usernameLower = toLower(username),
    u.name = coalesce($name, u.name),
    u.private = coalesce($private, u.private, false),
    u.hideNetwork = coalesce($hideNetwork, u.hideNetwork, false),
    u.discoverable = coalesce($discoverable, u.discoverable, true)
RETURN u {.id, .username, .name, private: coalesce(u.private, false), hideNetwork: coalesce(u.hideNetwork, false), discoverable: coalesce(u.discoverable, true), .createdAt} AS user, wasPrivate
