// GET /v1/users/{id}/counts, each equal to the length of the matching default list. FOLLOWS in and out,
// BLOCKS out and REQUESTED in come from the degree store (one-hop COUNT with nothing on the far side plans as
// getDegree: no edge is read). Only the edges hidden by blocks are subtracted: the user's few BLOCKS edges
// (either way) are expanded and each other end checked for a FOLLOWS by a seek of follows_pair_unique
// (from, to): constant per block, where an ExpandInto against a celebrity's 50,000 edges cost ~50 db hits each
// (size M, 979 block-related users: 51,652 -> about 4,000 db hits). Friends walk the
// following side with an ExpandInto for the reverse edge; mutes read the user's MUTES edges for expiry.
// PROFILE (50,000 followers, 3 block-related users): getDegree in the projections, no operator over 100 rows,
// 43 db hits in all.
MATCH (u:User {id: $id})
WITH u, COLLECT { MATCH (u)-[:BLOCKS]-(b) RETURN DISTINCT b.id } AS blockRelated
WITH u,
     COUNT { (u)<-[:FOLLOWS]-() }
       - size([b IN blockRelated WHERE EXISTS { MATCH ()-[r:FOLLOWS]->() WHERE r.from = b AND r.to = $id }]) AS followers,
     COUNT { (u)-[:FOLLOWS]->() }
       - size([b IN blockRelated WHERE EXISTS { MATCH ()-[r:FOLLOWS]->() WHERE r.from = $id AND r.to = b }]) AS following
RETURN followers,
       following,
       COUNT { (u)-[:FOLLOWS]->(t) WHERE (t)-[:FOLLOWS]->(u) AND NOT (u)-[:BLOCKS]-(t) } AS friends,
       COUNT { (u)-[:BLOCKS]->() } AS blocks,
       COUNT { (u)-[m:MUTES]->() WHERE m.until IS NULL OR m.until > datetime({epochMillis: timestamp()}) } AS mutes,
       COUNT { (u)<-[:REQUESTED]-() } AS pendingRequests
