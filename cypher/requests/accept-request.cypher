// POST /v1/users/{id}/follow-requests/{requester}/accept: the pending REQUESTED edge (a seek on
// requested_pair_unique) becomes a FOLLOWS dated now. Runs with both users locked (withPairLock), and
// re-checks the follow's block rules there: a block either way refuses it (the request stays as it was).
// No row: there was no such request.
MATCH (r:User)-[q:REQUESTED {from: $requester, to: $id}]->(u:User)
WITH r, u, q,
     CASE
       WHEN EXISTS { (u)-[:BLOCKS]->(r) } THEN 'UNBLOCK_FIRST'
       WHEN EXISTS { (r)-[:BLOCKS]->(u) } THEN 'BLOCKED_BY_TARGET'
     END AS refused
CALL (r, u, q, refused) {
  WITH r, u, q, refused
  WHERE refused IS NULL
  DELETE q
  MERGE (r)-[f:FOLLOWS]->(u)
    ON CREATE SET f.from = $requester, f.to = $id, f.since = datetime({epochMillis: timestamp()})
}
RETURN refused
