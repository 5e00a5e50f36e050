// Before a user deletion's locks (the write engine's deleteUser prepare, src/queries/users.ts `toDelete`), read
// without locks: each user's lists (a prefix seek of list_owner_id_unique, owner = the user), deleted before it
// by the batch's deleteList ops, and the users whose hidden-edge counters its edges hold, found as
// delete-user.cypher finds them (@block-partners; it looks again under the locks), so the engine locks them in
// its id order.
// PROFILE (bench S): 38-49 db hits for a user in no block relation; 4,452 for the top celebrity (5,000
// followers); 25,706 for a member of a block list with 1,000 subscribers (bounded by the lists, as delete-user).
UNWIND $ids AS id
MATCH (x:User {id: id})
CALL (x) {
  OPTIONAL MATCH (l:List)
    WHERE l.owner = x.id AND l.id IS NOT NULL
  RETURN collect(l.id) AS lists
}
CALL (x) {
  CALL (x) {
    @block-partners(x, u)
  }
  WITH x, u
  WHERE EXISTS { (x)-[:FOLLOWS|REQUESTED]-(u) }
  RETURN collect(u.id) AS users
}
RETURN x.id AS id, lists, users
