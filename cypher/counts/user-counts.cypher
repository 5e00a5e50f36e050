// GET /v1/users/{id}/counts, each equal to the length of the matching default list. FOLLOWS in and out,
// BLOCKS out and in, and REQUESTED in come from the degree store (one-hop COUNT with nothing on the far side
// plans as getDegree: no edge is read). Only the edges hidden by blocks are subtracted, and every write keeps
// this invariant: a blocker's own FOLLOWS to the blocked user is deleted by the block (and refused while it
// stands), so a hidden follower f of u is one u blocks, and a hidden following t one that blocks u.
// - Users keep those two numbers in hiddenFollowers / hiddenFollowing, maintained in the same transaction by
//   every write that makes or ends a hidden edge (block, unblock, unfollow, remove-follower, user deletion,
//   the import's blocks), with both users locked first; so a celebrity's counts read the degree store and two
//   properties, whatever its blocks.
// - Users from before the counters (null) are counted from the smaller side, chosen by the degrees (CASE
//   evaluates only the chosen branch): u's BLOCKS edges with a seek of follows_pair_unique per blocked user, or
//   u's FOLLOWS edges with a seek of blocks_pair_unique per follower. For the M bench graph's top celebrity
//   (blocking 800, 526 of them following it) that is about 2,500 db hits, median 6.1 ms; with the counters,
//   like a 10-follower user. `npm run cli -- backfill-counters` (seeding does it too) fills them in.
// Friends walk the following side, checking the reverse follow with a pair-index seek (2 db hits each: an
// Expand(Into) against a celebrity read its edge groups, 536 db hits for u0's 35 followings, and 248 more for
// the block checks). No block check is needed: by the invariant above, two users who follow each other are in
// no block relation (a block deletes the blocker's own follow, and no follow is made while a block stands).
// Mutes read the user's MUTES edges for expiry. hideNetwork is for the access policy (which counts a reader sees).
MATCH (u:User {id: $id})
WITH u,
     COUNT { (u)<-[:FOLLOWS]-() } AS followersAll,
     COUNT { (u)-[:FOLLOWS]->() } AS followingAll,
     COUNT { (u)-[:BLOCKS]->() } AS blocks,
     COUNT { (u)<-[:BLOCKS]-() } AS blockedBy
WITH u, blocks,
     followersAll - CASE
       WHEN u.hiddenFollowers IS NOT NULL THEN u.hiddenFollowers
       WHEN blocks <= followersAll
         THEN COUNT { (u)-[:BLOCKS]->(f) WHERE EXISTS { MATCH ()-[r:FOLLOWS]->() WHERE r.from = f.id AND r.to = $id } }
       ELSE COUNT { (u)<-[:FOLLOWS]-(f) WHERE EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = $id AND x.to = f.id } }
     END AS followers,
     followingAll - CASE
       WHEN u.hiddenFollowing IS NOT NULL THEN u.hiddenFollowing
       WHEN blockedBy <= followingAll
         THEN COUNT { (u)<-[:BLOCKS]-(t) WHERE EXISTS { MATCH ()-[r:FOLLOWS]->() WHERE r.from = $id AND r.to = t.id } }
       ELSE COUNT { (u)-[:FOLLOWS]->(t) WHERE EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = t.id AND x.to = $id } }
     END AS following
RETURN followers,
       following,
       COUNT { (u)-[:FOLLOWS]->(t) WHERE EXISTS { MATCH ()-[r:FOLLOWS]->() WHERE r.from = t.id AND r.to = $id } } AS friends,
       blocks,
       COUNT { (u)-[m:MUTES]->() WHERE m.until IS NULL OR m.until > datetime({epochMillis: timestamp()}) } AS mutes,
       COUNT { (u)<-[:REQUESTED]-() } AS pendingRequests,
       coalesce(u.hideNetwork, false) AS hideNetwork
