// DELETE /v1/users/{id}: the user and every edge touching it, one op a statement (the write engine's deleteUser,
// src/queries/write-kinds.ts, in the batch's last phase: the user's lists are deleted before it by the batch's
// deleteList ops). An op: {i, id}. USER_NOT_FOUND_ID for an unknown id. The user is locked by the engine
// (lock-users.cypher), so no write on it runs meanwhile. Its edges leave the others' hidden-edge counters (see
// cypher/counts/user-counts.cypher): every follow or request between it and a user in a block relation with it
// was hidden. Those users are found from its BLOCKS edges (few), and from its block lists' members and the
// subscribers of the block lists that hold it (bounded by those lists, never by its followers), each once
// (@block-partners, as delete-user-locks.cypher finds them before the locks), kept only with a follow or
// request between the two (Expand(Into)); one that appeared since then is locked here, late. `counters`
// answers what each one's counters move by, [id, followers, following, requests], summed by the engine
// (hidden-counters.cypher).
// PROFILE (bench S, rolled back): a user with no block relation 57-74 db hits plus its edges; the top celebrity
// (5,000 followers, 48 hidden pairs) 12,108; a member of a block list with 1,000 subscribers 25,922 (the
// subscribers walked once, each tested with an Expand(Into)).
UNWIND $ops AS op
OPTIONAL MATCH (x:User {id: op.id})
CALL (x) {
  CALL (x) {
    @block-partners(x, u)
  }
  WITH x, u
  WHERE EXISTS { (x)-[:FOLLOWS|REQUESTED]-(u) }
  SET u.__lock = true
  REMOVE u.__lock
  RETURN collect([u.id,
                  CASE WHEN EXISTS { (x)-[:FOLLOWS]->(u) } THEN -1 ELSE 0 END,
                  CASE WHEN EXISTS { (u)-[:FOLLOWS]->(x) } THEN -1 ELSE 0 END,
                  CASE WHEN EXISTS { (x)-[:REQUESTED]->(u) } THEN -1 ELSE 0 END]) AS counters
}
WITH op, x, counters, CASE WHEN x IS NULL THEN 'USER_NOT_FOUND_ID' ELSE 'DELETED' END AS outcome
DETACH DELETE x
RETURN op.i AS i, outcome, counters
