// PUT /v1/users/{id}: create or replace. MERGE on the unique id (user_id_unique makes concurrent creates of
// one id meet on the same node); user_username_lower_unique refuses a username another user holds in any case.
// Whether the node was created is read from the statement's counters (nodesCreated), not guessed.
MERGE (u:User {id: $id})
  ON CREATE SET u.createdAt = datetime({epochMillis: timestamp()}), u.hiddenFollowers = 0, u.hiddenFollowing = 0
WITH u, coalesce(u.private, false) AS wasPrivate
SET u.username = $username,
    u.usernameLower = toLower($username),
    u.name = $name,
    u.private = $private
RETURN u {.id, .username, .name, .private, .createdAt} AS user, wasPrivate
