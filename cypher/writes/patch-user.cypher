// PATCH /v1/users/{id}: only the fields given change (a null field keeps the stored value), one op a statement
// (as put-user.cypher). An op: {i, id, username, name, private, hideNetwork, discoverable}. USER_NOT_FOUND_ID
// for an unknown id; USERNAME_TAKEN for a username another user holds in any case (nothing written). The
// user's write lock is taken first (a property write; relationship writes take the same lock), and the user is
// read again after the collect() barrier: the old private/hideNetwork are then read under the lock, so a
// concurrent PATCH or follow cannot slip between the read and the write (two PATCHes racing private -> true
// and -> false could otherwise both see the old value, and the later one would leave a follow request made in
// between pending on a public account; test/concurrency/user-races.test.ts). becamePublic: private -> public,
// whose pending requests the engine then accepts in the same transaction.
// PROFILE: three unique-index seeks (id, usernameLower, id again after the lock); 20 db hits.
UNWIND $ops AS op
OPTIONAL MATCH (l:User {id: op.id})
OPTIONAL MATCH (taken:User {usernameLower: toLower(op.username)})
  WHERE taken.id <> op.id
WITH op, l, CASE WHEN l IS NULL THEN 'USER_NOT_FOUND_ID' WHEN taken IS NOT NULL THEN 'USERNAME_TAKEN' END AS refused
OPTIONAL CALL (op, l, refused) {
  WITH op, l, refused
  WHERE refused IS NULL
  SET l.__lock = true
  REMOVE l.__lock
  WITH op, collect(l) AS locked
  MATCH (u:User {id: op.id})
  WITH op, u, coalesce(u.private, false) AS wasPrivate, coalesce(op.username, u.username) AS username
  SET u.username = username,
      u.usernameLower = toLower(username),
      u.name = coalesce(op.name, u.name),
      u.private = coalesce(op.private, u.private, false),
      u.hideNetwork = coalesce(op.hideNetwork, u.hideNetwork, false),
      u.discoverable = coalesce(op.discoverable, u.discoverable, true)
  RETURN u {.id, .username, .name, private: coalesce(u.private, false), hideNetwork: coalesce(u.hideNetwork, false), discoverable: coalesce(u.discoverable, true), .createdAt} AS user,
         wasPrivate AND NOT coalesce(u.private, false) AS becamePublic
}
RETURN op.i AS i, coalesce(refused, 'UPDATED') AS outcome, user, coalesce(becamePublic, false) AS becamePublic
