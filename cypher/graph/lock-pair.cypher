// Serialises every relationship write on one pair of users: takes the write lock of both :User nodes, in the
// order of $ids (the caller sorts them, so two transactions never wait on each other crosswise), and holds it
// to commit. A property write is what takes the lock; `REMOVE` of an absent property alone takes none while
// the property key has never been used (tested), so the statement sets a property and removes it again
// (nothing is left on the node). Answers the users found, so the caller can tell USER_NOT_FOUND. Reads after
// this statement see the other writers' commits. test/concurrency/graph-races.test.ts fails (duplicate-edge
// 500s, FOLLOWS beside BLOCKS) when this statement only matches the users. EXPLAIN: Unwind ->
// NodeUniqueIndexSeek(Locking) -> SetProperty x2 with no Eager: one row at a time, so locks come in $ids order.
UNWIND $ids AS id
MATCH (u:User {id: id})
SET u.__lock = true
REMOVE u.__lock
RETURN u.id AS id
