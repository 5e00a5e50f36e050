// PUT /v1/users/{id}: create or replace, one op a statement (the write engine runs user ops one by one, so an op
// sees the usernames the batch's earlier ops took). An op: {i, id, username, name, private, hideNetwork,
// discoverable}. A username another user holds in any case is refused (USERNAME_TAKEN, a seek of
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
    ON CREATE SET l.createdAt = datetime({epochMillis: timestamp()}), l.hiddenFollowers = 0, l.hiddenFollowing = 0,
                  l.hiddenRequests = 0, l.__created = true
  SET l.__lock = true
  REMOVE l.__lock
  WITH op, collect(l) AS locked
  MATCH (u:User {id: op.id})
  WITH op, u, coalesce(u.private, false) AS wasPrivate, u.__created IS NOT NULL AS created
  SET u.username = op.username,
      u.usernameLower = toLower(op.username),
      u.name = op.name,
      u.private = op.private,
      u.hideNetwork = op.hideNetwork,
      u.discoverable = op.discoverable
  REMOVE u.__created
  RETURN u {.id, .username, .name, private: coalesce(u.private, false), hideNetwork: coalesce(u.hideNetwork, false), discoverable: coalesce(u.discoverable, true), .createdAt} AS user,
         created, wasPrivate AND NOT op.private AS becamePublic
}
RETURN op.i AS i,
       CASE WHEN isTaken THEN 'USERNAME_TAKEN' WHEN created THEN 'CREATED' ELSE 'UPDATED' END AS outcome,
       user, coalesce(becamePublic, false) AS becamePublic
