// PUT /v1/users/{id} and an import's user line: create or replace. The write engine gives ops taking one
// username (in any case) a statement each, so an op sees the username an earlier op of the batch took; others
// share one. An op: {i, id, username, name, private, hideNetwork, discoverable, createdAt} (createdAt: an
// import line's given time, kept on the user; null: now for a new user, else the stored one). changed: created,
// or a stored field differs (an unchanged line records no user.updated). A username another user holds in any
// case is refused (USERNAME_TAKEN, a seek of
// user_username_lower_unique) and nothing is written; user_username_lower_unique still refuses one taken by a
// concurrent batch, which then runs again and sees it. MERGE on the unique id (user_id_unique makes concurrent
// creates of one id meet on the same node); CREATED or UPDATED from an ON CREATE mark. The user is locked (a
// property write) before its old `private` is read, as in patch-user.cypher: becamePublic (private -> public)
// makes the engine accept its pending requests (src/queries/requests.ts) in the same transaction.
// PROFILE: three unique-index seeks (usernameLower, id for the MERGE, id again after the lock); 21 db hits for a
// new user, 17 for an update.
UNWIND $ops AS op
OPTIONAL MATCH (taken:User {usernameLower: toLower(op.username)})
  WHERE taken.id <> op.id
WITH op, taken IS NOT NULL AS isTaken
OPTIONAL CALL (op, isTaken) {
  WITH op, isTaken
  WHERE NOT isTaken
  MERGE (l:User {id: op.id})
    ON CREATE SET l.createdAt = coalesce(datetime(op.createdAt), datetime({epochMillis: timestamp()})), l.hiddenFollowers = 0, l.hiddenFollowing = 0,
                  l.hiddenRequests = 0, l.__created = true
  SET l.__lock = true
  REMOVE l.__lock
  WITH op, collect(l) AS locked
  MATCH (u:User {id: op.id})
  WITH op, u, coalesce(u.private, false) AS wasPrivate, u.__created IS NOT NULL AS created,
       u.username <> op.username OR coalesce(u.name, '') <> op.name OR coalesce(u.private, false) <> op.private
         OR coalesce(u.hideNetwork, false) <> op.hideNetwork OR coalesce(u.discoverable, true) <> op.discoverable
         OR (op.createdAt IS NOT NULL AND u.createdAt <> datetime(op.createdAt)) AS differs
  SET u.username = op.username,
      u.usernameLower = toLower(op.username),
      u.name = op.name,
      u.private = op.private,
      u.hideNetwork = op.hideNetwork,
      u.discoverable = op.discoverable,
      u.createdAt = coalesce(datetime(op.createdAt), u.createdAt)
  REMOVE u.__created
  RETURN u {.id, .username, .name, private: coalesce(u.private, false), hideNetwork: coalesce(u.hideNetwork, false), discoverable: coalesce(u.discoverable, true), .createdAt} AS user,
         created, created OR coalesce(differs, true) AS changed, wasPrivate AND NOT op.private AS becamePublic
}
RETURN op.i AS i,
       CASE WHEN isTaken THEN 'USERNAME_TAKEN' WHEN created THEN 'CREATED' ELSE 'UPDATED' END AS outcome,
       user, coalesce(changed, false) AS changed, coalesce(becamePublic, false) AS becamePublic
