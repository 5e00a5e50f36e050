// Everyone with a pending request to $id (its incoming REQUESTED group only). Used when the account turns
// public, in the write transaction that holds the user's lock, so no request can appear or go meanwhile.
MATCH (:User {id: $id})<-[:REQUESTED]-(r:User)
RETURN r.id AS requester
