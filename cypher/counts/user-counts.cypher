// GET /v1/users/{id}/counts, each equal to the length of the matching default list. FOLLOWS in and out,
// BLOCKS out and in, and REQUESTED in come from the degree store (one-hop COUNT with nothing on the far side
// plans as getDegree: no edge is read). Only the edges hidden by a block relation are subtracted: a BLOCKS
// either way, or a list block either way (one subscribes to a block list that holds the other).
// - Users keep those numbers in hiddenFollowers / hiddenFollowing / hiddenRequests, maintained in the same
//   transaction by every write that makes or ends a hidden edge (follow rules never make one; block, unblock,
//   unfollow, remove-follower, reject, user deletion, the import's blocks; and list writes: memberships,
//   subscriptions, list deletion, src/queries/list-hiding.ts), with the users locked first; so a celebrity's
//   or a block list subscriber's counts read the degree store and three properties, whatever its blocks and
//   whatever the size of the lists: no list's members or subscribers are walked.
// - Users from before the counters (null) are counted from their edges. Direct blocks from the smaller side,
//   chosen by the degrees (CASE evaluates only the chosen branch): u's BLOCKS edges with a seek of
//   follows_pair_unique per blocked user, or u's FOLLOWS edges with a seek of blocks_pair_unique per follower (a
//   blocker's own FOLLOWS to the blocked user is deleted by the block and refused while it stands, so a
//   directly hidden follower f of u is one u blocks, and a hidden following t one that blocks u). For the M
//   bench graph's top celebrity (blocking 800, 526 of them following it) that is about 2,500 db hits, median
//   6.1 ms; with the counters, like a 10-follower user. List blocks (a user in none costs nothing more: its
//   two lists of lists below are empty) from the lists' side, each user once, those also blocked directly left
//   out (@list-block-partners). Migration 2 (`npm run cli -- migrate`, run at start; seeding does it too)
//   fills the counters in.
// Friends walk the following side, checking the reverse follow with a pair-index seek (2 db hits each: an
// Expand(Into) against a celebrity read its edge groups, 536 db hits for u0's 35 followings, and 248 more for
// the block checks). No BLOCKS check is needed: by the invariant above, two users who follow each other are in
// no BLOCKS relation (@blocked-with tests none unless u has one). A list block keeps both follows (hidden), so
// mutual follows are checked with the reader view's @blocked-with against u's ties read once (@block-lists: its
// block lists and the moderation lists that hold it), a seek of a pair-uniqueness index each, for those few
// lists only.
// Mutes read the user's MUTES edges for expiry. hideNetwork is for the access policy (which counts a reader sees).
MATCH (u:User {id: $id})
WITH u, @block-lists(u) AS uLists
WITH u, uLists,
     COUNT { (u)<-[:FOLLOWS]-() } AS followersAll,
     COUNT { (u)-[:FOLLOWS]->() } AS followingAll,
     COUNT { (u)-[:BLOCKS]->() } AS blocks,
     COUNT { (u)<-[:BLOCKS]-() } AS blockedBy,
     COUNT { (u)<-[:REQUESTED]-() } AS requestsAll
WITH u, uLists, blocks, requestsAll,
     followersAll - CASE
       WHEN u.hiddenFollowers IS NOT NULL THEN u.hiddenFollowers
       WHEN blocks <= followersAll
         THEN COUNT { (u)-[:BLOCKS]->(f) WHERE EXISTS { MATCH ()-[r:FOLLOWS]->() WHERE r.from = f.id AND r.to = $id } }
       ELSE COUNT { (u)<-[:FOLLOWS]-(f) WHERE EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = $id AND x.to = f.id } }
     END - CASE
       WHEN u.hiddenFollowers IS NOT NULL OR size(uLists.subscribes) + size(uLists.memberOf) = 0 THEN 0
       ELSE COUNT {
         CALL (u) {
           @list-block-partners(u, f)
         }
         WITH u, f
         WHERE (f)-[:FOLLOWS]->(u) AND NOT (f)-[:BLOCKS]-(u)
         RETURN f
       }
     END AS followers,
     followingAll - CASE
       WHEN u.hiddenFollowing IS NOT NULL THEN u.hiddenFollowing
       WHEN blockedBy <= followingAll
         THEN COUNT { (u)<-[:BLOCKS]-(t) WHERE EXISTS { MATCH ()-[r:FOLLOWS]->() WHERE r.from = $id AND r.to = t.id } }
       ELSE COUNT { (u)-[:FOLLOWS]->(t) WHERE EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = t.id AND x.to = $id } }
     END - CASE
       WHEN u.hiddenFollowing IS NOT NULL OR size(uLists.subscribes) + size(uLists.memberOf) = 0 THEN 0
       ELSE COUNT {
         CALL (u) {
           @list-block-partners(u, t)
         }
         WITH u, t
         WHERE (u)-[:FOLLOWS]->(t) AND NOT (t)-[:BLOCKS]-(u)
         RETURN t
       }
     END AS following
RETURN followers,
       following,
       COUNT { (u)-[:FOLLOWS]->(t) WHERE EXISTS { MATCH ()-[r:FOLLOWS]->() WHERE r.from = t.id AND r.to = $id }
         AND NOT @blocked-with(t, u, uLists) } AS friends,
       blocks,
       COUNT { (u)-[m:MUTES]->() WHERE m.until IS NULL OR m.until > datetime({epochMillis: timestamp()}) } AS mutes,
       requestsAll - CASE
         WHEN u.hiddenRequests IS NOT NULL THEN u.hiddenRequests
         WHEN size(uLists.subscribes) + size(uLists.memberOf) = 0 THEN 0
         ELSE COUNT { (u)<-[:REQUESTED]-(r)
           WHERE @blocked-with(r, u, uLists) }
       END AS pendingRequests,
       coalesce(u.hideNetwork, false) AS hideNetwork
