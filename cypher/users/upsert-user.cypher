// PUT /v1/users/{id}: create or replace. MERGE on the unique id (user_id_unique makes concurrent creates of
// one id meet on the same node); user_username_lower_unique refuses a username another user holds in any case.
// Whether the node was created is read from the statement's counters (nodesCreated), not guessed. The user is
// locked (a property write) before its old `private` is read, as in update-user.cypher.
MERGE (l:User {id: $id})
  ON CREATE SET l.createdAt = datetime({epochMillis: timestamp()}), l.hiddenFollowers = 0, l.hiddenFollowing = 0, l.hiddenRequests = 0
SET l.__lock = true
REMOVE l.__lock
WITH collect(l) AS locked
MATCH (u:User {id: $id})
WITH u, coalesce(u.private, false) AS wasPrivate
SET u.username = $username,
    u.usernameLower = toLower($username),
    u.name = $name,
    u.private = $private,
    u.hideNetwork = $hideNetwork,
    u.discoverable = $discoverable
RETURN u {.id, .username, .name, private: coalesce(u.private, false), hideNetwork: coalesce(u.hideNetwork, false), discoverable: coalesce(u.discoverable, true), .createdAt} AS user, wasPrivate
