// Bench set-up: pending follow requests from each of $ids to $owner (new pairs, so CREATE), with the
// layout the service writes: {since, from, to}.
MATCH (owner:User {id: $owner})
UNWIND $ids AS id
MATCH (a:User {id: id})
CREATE (a)-[:REQUESTED {since: datetime({epochMillis: timestamp()}), from: id, to: $owner}]->(owner)
