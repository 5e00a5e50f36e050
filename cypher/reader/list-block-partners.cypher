// The reader view's list block, enumerated (@list-blocks tests one pair): the users o in a list block with u
// either way, as the arms of a UNION inside the caller's CALL (u) { ... } (so each user once): the members
// of the block lists u subscribes to, and the subscribers of the block lists that hold u; never u itself.
// Walked from u's side through its lists: bounded by those lists' sizes, never by u's follows. Writes and the
// counters that need every hidden edge of u (delete-user, delete-user-locks, fill-hidden-counters, and
// user-counts for users without counters) use it; a read of a page tests its rows with @blocked-with instead.
// params: u, o
MATCH (<<u>>)-[:BLOCKS_LIST]->(:List)-[:HAS_MEMBER]->(<<o>>:User) WHERE <<o>> <> <<u>> RETURN <<o>>
    UNION
    MATCH (<<u>>)<-[:HAS_MEMBER]-(:List)<-[:BLOCKS_LIST]-(<<o>>:User) WHERE <<o>> <> <<u>> RETURN <<o>>
