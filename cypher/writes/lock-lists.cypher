// The first statement of a write batch with list ops, instead of lock-users.cypher: write-locks every list the
// batch writes to, in key order ($lists sorted by 'owner/list', by src/queries/list-hiding.ts), then every user
// of the batch in id order ($ids sorted and distinct), and holds the locks to commit: lists before users is the
// one global lock order. With its list locked, a batch sees a fixed set of members and subscribers: a
// membership change and a subscription to the same list never run side by side, so neither misses the other's
// pairs when the hidden-edge counters are settled. A list not yet created is not locked (its owner's lock
// orders its creation). EXPLAIN: NodeUniqueIndexSeek(Locking) per list, then per user, each a property write.
CALL () {
  UNWIND $lists AS ref
  MATCH (l:List {owner: ref.owner, id: ref.list})
  SET l.__lock = true
  REMOVE l.__lock
  RETURN count(l) AS lists
}
UNWIND $ids AS lockId
MATCH (u:User {id: lockId})
SET u.__lock = true
REMOVE u.__lock
RETURN count(u) AS locked
