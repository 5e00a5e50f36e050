// A private account turned public: each of $requesters (a slice of its pending requesters) now FOLLOWS it,
// dated now. The guard is an Expand(Into) from the requester's small side. Measured (100,000 requests in one
// transaction): creating every FOLLOWS first and deleting the REQUESTED edges afterwards stays linear;
// deleting and creating in the same statement made each later batch slower (minutes in all). With this order
// (bench/private-to-public.ts, busy 2-core machine): 17.7 s of statements, then about 22 s of commit.
MATCH (u:User {id: $id})
UNWIND $requesters AS requester
MATCH (r:User {id: requester})
WHERE NOT (r)-[:FOLLOWS]->(u)
CREATE (r)-[:FOLLOWS {since: datetime({epochMillis: timestamp()}), from: requester, to: $id}]->(u)
