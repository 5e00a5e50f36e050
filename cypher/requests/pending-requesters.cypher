// Everyone with a pending request to $id (its incoming REQUESTED group only), and whether the request is hidden
// by a list block either way (a BLOCKS drops requests, so none is hidden by one). Used when the account turns
// public, in the write transaction that holds the user's lock, so no request can appear or go meanwhile, and no
// list block between it and a requester can begin or end (a list write locks both users of every pair with a
// request it touches). Each requester is tested with @blocked (cypher/reader/: pair seeks and the few
// BLOCKS_LIST edges of either user).
MATCH (me:User {id: $id})<-[:REQUESTED]-(r:User)
RETURN r.id AS requester, @blocked(r, me) AS hidden
