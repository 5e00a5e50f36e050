// POST /v1/users/{id}/follow-requests/{requester}/accept: the pending REQUESTED edge (a seek on
// requested_pair_unique) becomes a FOLLOWS dated now. No row: there was no such request.
MATCH (r:User)-[q:REQUESTED {from: $requester, to: $id}]->(u:User)
WITH r, u, q, datetime({epochMillis: timestamp()}) AS now
DELETE q
MERGE (r)-[f:FOLLOWS]->(u)
  ON CREATE SET f.from = $requester, f.to = $id, f.since = now
RETURN f.since AS since
