// The first statement of every write batch (live, bulk or imported): write-locks every user the batch
// touches, in id order ($ids sorted and distinct, by src/queries/writes.ts or src/queries/list-hiding.ts), and
// holds the locks to commit. One global order for every batch of every instance means two batches never wait on
// each other crosswise, so they never deadlock; a celebrity's lock is taken once for all the ops of the batch
// that touch it. A property write is what takes the lock (set and removed again: nothing is left on the node).
// EXPLAIN: Unwind -> NodeUniqueIndexSeek(Locking) -> SetProperty x2, no Eager: one row at a time, so the locks
// come in $ids order.
// Every statement after this one in the transaction reads the other writers' commits.
UNWIND $ids AS lockId
MATCH (u:User {id: lockId})
SET u.__lock = true
REMOVE u.__lock
RETURN count(u) AS locked
