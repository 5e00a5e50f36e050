// GET /v1/users/{id}/suggestions: second-degree candidates ranked by mutualCount, with bounded work, from the
// follows the reader may see (API.md v1.2; $reader: id itself, or null for a service token).
// 1. The $maxFollowings newest followings of $id: a seek of follows_by_source (from, since, to) read in
//    since DESC order (the hints, and ORDER BY naming every index property: else Expand(All) and a Sort,
//    EXPLAIN shows none now); followings in a block relation with $id (hidden follows) are skipped.
// 2. For each, its $perFollowing newest followings by a follow the reader may see (as @visible-follow, with
//    the following's ties read once: @follow-hidden-from tests no row of a following whose hiddenFollowing
//    counter is 0; a private following's follows count when the reader follows it, a hidden network's only
//    where the followed account's followers are readable, a CASE so that a readable following's rows test
//    nothing), the same way: at most maxFollowings * perFollowing rows. PROFILE (bench S, u5067 following
//    1,000, 1,405 sampled follows): 13,400 db hits (7,600 before the reader view; 53,000 with the reader view
//    as first written: an Expand(Into) per row, and every reader test run on every row).
// 3. Grouped by candidate: mutualCount = how many sampled followings follow it; via = the first 3 of them
//    (newest followed first; the first 10 with whether they hide their network: the access policy names at
//    most 3 of those it may, src/access-policy.ts mayName). Ties: the candidate's public follower count (degree
//    store minus the hidden-edge counter; 0 for a hidden network the reader may not count), then id.
// 4. Ranked first, excluded after: the ranked candidates are checked lazily, in rank order, until $limit
//    pass. Excluded: self, users not discoverable, already followed or requested, in a block relation with id
//    (@blocked), muted by id (@mutes), each a seek of the type's (from, to) pair-uniqueness index. The LIMIT
//    between ranking and the checks (at the fan-out cap, so it never drops a candidate) keeps the planner from
//    running the checks on every candidate first. PROFILE (u24118 of the M bench graph, following 987; 1,005
//    second-degree rows, 785 candidates): checking every candidate was 6,986 seeks and a median 19.7 ms;
//    checking in rank order stops after 48 candidates (about 250 seeks), median 6.4 ms, with the same answer.
MATCH (me:User {id: $id})
OPTIONAL MATCH (rd:User {id: $reader})
CALL (me) {
  MATCH ()-[f:FOLLOWS]->(mid)
  USING INDEX f:FOLLOWS(from, since, to)
  WHERE f.from = $id AND f.since IS NOT NULL AND f.to IS NOT NULL
  WITH f, mid ORDER BY f.from DESC, f.since DESC, f.to DESC LIMIT toInteger($maxFollowings)
  RETURN mid
}
WITH me, rd, mid
  WHERE NOT @blocked(me, mid)
WITH me, rd, collect(mid) AS mids
WITH me, rd, mids, size(mids) AS sampled
UNWIND mids AS mid
CALL (mid, rd) {
  WITH mid, rd, @may-read-network(mid, rd) AS midReadable, @block-lists(mid) AS midLists
  MATCH ()-[g:FOLLOWS]->(c)
  USING INDEX g:FOLLOWS(from, since, to)
  WHERE g.from = mid.id AND g.since IS NOT NULL AND g.to IS NOT NULL
    AND NOT @follow-hidden-from(mid, c, midLists)
    AND CASE WHEN midReadable THEN true ELSE @may-read-network(c, rd) END
  WITH g, c ORDER BY g.from DESC, g.since DESC, g.to DESC LIMIT toInteger($perFollowing)
  RETURN c
}
WITH me, sampled, c, count(*) AS mutualCount, collect(mid {.id, hideNetwork: coalesce(mid.hideNetwork, false)})[..10] AS via
WITH me, sampled, c, mutualCount, via,
     CASE WHEN $reader IS NULL OR NOT coalesce(c.hideNetwork, false)
       THEN COUNT { (c)<-[:FOLLOWS]-() } - coalesce(c.hiddenFollowers, 0) ELSE 0 END AS followers
ORDER BY mutualCount DESC, followers DESC, c.id
LIMIT toInteger($maxFollowings) * toInteger($perFollowing)
WITH me, sampled, c, mutualCount, via
  WHERE c <> me
    AND coalesce(c.discoverable, true)
    AND NOT EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT EXISTS { MATCH ()-[x:REQUESTED]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT @blocked(me, c)
    AND NOT @mutes(me, c)
LIMIT toInteger($limit)
RETURN c.id AS id, c.username AS username, c.name AS name, mutualCount, via, sampled
