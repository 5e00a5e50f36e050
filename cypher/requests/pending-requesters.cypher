// Everyone with a pending request to $id (its incoming REQUESTED group only), and whether the request is hidden
// by a list block either way (a BLOCKS drops requests, so none is hidden by one). Used when the account turns
// public, in the write transaction that holds the user's lock, so no request can appear or go meanwhile, and no
// list block between it and a requester can begin or end (a list write locks both users of every pair with a
// request it touches). $id's block lists and the moderation lists that hold it are read once (seeks); each
// requester is then a seek of list_members_pair_unique / list_blocks_pair_unique for those lists.
CALL () {
  OPTIONAL MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = $id AND s.list IS NOT NULL
  RETURN collect(s.list) AS ownBlocks
}
CALL () {
  OPTIONAL MATCH ()-[m:HAS_MEMBER]->() WHERE m.member = $id AND m.purpose = 'moderation' AND m.list IS NOT NULL
  RETURN collect(m.list) AS ownIn
}
MATCH (:User {id: $id})<-[:REQUESTED]-(r:User)
RETURN r.id AS requester,
       EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN ownBlocks AND x.member = r.id }
         OR EXISTS { MATCH ()-[x:BLOCKS_LIST]->() WHERE x.from = r.id AND x.list IN ownIn } AS hidden
