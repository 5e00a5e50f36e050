// A private account became public: up to $batch of its pending requests become FOLLOWS dated now, in the
// caller's transaction (the caller repeats until fewer than $batch come back, so 100,000 requests are a
// few statements of bounded size, not one huge one). Expands u's incoming REQUESTED group only (dense
// nodes keep one group per type and direction); the FOLLOWS MERGE is an Expand(Into) from the smaller side.
MATCH (u:User {id: $id})<-[q:REQUESTED]-(r:User)
WITH r, u, q
LIMIT $batch
WITH r, u, q, datetime({epochMillis: timestamp()}) AS now
DELETE q
MERGE (r)-[f:FOLLOWS]->(u)
  ON CREATE SET f.from = r.id, f.to = $id, f.since = now
RETURN r.id AS requester
