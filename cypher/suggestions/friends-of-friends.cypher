// GET /v1/users/{id}/suggestions: second-degree candidates ranked by mutualCount, with bounded work, from the
// follows the reader may see (API.md v1.2; $reader: id itself, or null for a service token).
// 0. id's ties, read once: its block lists and BLOCKS degree (@block-lists), its mute lists and MUTES degree
//    (@mute-lists); the tests against id below skip what they rule out (@follow-hidden-from, @blocked-with,
//    @mutes-with: for a user with no blocks, mutes or lists, no seek at all).
// 1. The $maxFollowings newest followings of $id: a seek of follows_by_source (from, since, to) read in
//    since DESC order (the hints, and ORDER BY naming every index property: else Expand(All) and a Sort,
//    EXPLAIN shows none now); followings in a block relation with $id (hidden follows) are skipped.
// 2. For each, its $perFollowing newest followings by a follow the reader may see (as @visible-follow): the
//    following's ties are read only when its hiddenFollowing counter is not 0 (17 of the 100 here), and
//    @follow-hidden-from tests a row only when the followed account's hiddenFollowers is not 0 too (85 of the
//    344 rows of those 17); a private following's follows count when the reader follows it, a hidden network's
//    only where the followed account's followers are readable, a CASE so that a readable following's rows
//    test nothing. At most maxFollowings * perFollowing rows.
// 3. Grouped by candidate: mutualCount = how many sampled followings follow it; via = the first 3 of them
//    (newest followed first; the first 10, mapped with username and hideNetwork on the rows returned only: the
//    access policy names at most 3 of those it may, src/access-policy.ts mayName). Ties: the candidate's public
//    follower count (degree store minus the hidden-edge counter; 0 for a hidden network the reader may not
//    count), then id.
// 4. Ranked first, excluded after: the ranked candidates are checked lazily, in rank order, until $limit
//    pass. Excluded (@suggestible): self, users not discoverable, already followed or requested, in a block
//    relation with id (@blocked-with), muted by id (@mutes-with), each a seek of the type's (from, to)
//    pair-uniqueness index (those of blocks and mutes only when id has any). The LIMIT between ranking and the
//    checks (at the fan-out cap, so it never drops a candidate) keeps the planner from running the checks on
//    every candidate first.
//    PROFILE (u24118 of the M bench graph, following 987; 1,005 second-degree rows, 785 candidates): checking
//    every candidate was 6,986 seeks and a median 19.7 ms; checking in rank order stops after 48 candidates.
// 5. followsYou: whether the candidate follows id by a follow the reader may see (a pair seek, @visible-follow
//    when it does), for the reasons given (src/queries/suggestions.ts), on the rows returned only.
// PROFILE (bench S, u5067 following 1,000, no blocks, mutes or lists; 1,405 sampled follows, 992 candidates,
// limit 140, service token): 8,851 db hits with via and followsYou (9,224 at 1bae109, before the reader view;
// 13,861 at 3111ed7). Where 3111ed7's extra came from: the sampled follows' Filter (3,680: @blocked-with as an
// OR of CASEs, which the planner turned into two ORs that repeat the BLOCKS seeks, on every row of a following
// with hidden follows), @block-lists of all 100 followings (about 1,000 with its RollUpApplys), the checks
// against id per candidate (BLOCKS, BLOCKS_LIST, MUTES split into a Union of two seeks, MUTES_LIST, with id's
// own property read again after the aggregation: about 3,000) and via built on all 1,372 rows.
// The reader-view checks are one CASE projected after the seek, then a WHERE on it, not predicates of the
// MATCH: the same operators (EXPLAIN: a Projection and a Filter where the Filter was), cheapest test first,
// and planning it takes 1,419 ms, not 1,517 (EXPLAIN with the plan cache cleared; planned again per parameter types).
// PROFILE (bench S, u5067, user token): 7,823 db hits, 7,783 before the CASE (99 of them reads of me.id).
MATCH (me:User {id: $id})
OPTIONAL MATCH (rd:User {id: $reader})
WITH me, rd, @block-lists(me) AS meLists, @mute-lists(me) AS meMutes
CALL (me) {
  MATCH ()-[f:FOLLOWS]->(mid)
  USING INDEX f:FOLLOWS(from, since, to)
  WHERE f.from = $id AND f.since IS NOT NULL AND f.to IS NOT NULL
  WITH f, mid ORDER BY f.from DESC, f.since DESC, f.to DESC LIMIT toInteger($maxFollowings)
  RETURN mid
}
WITH me, rd, meLists, meMutes, mid
  WHERE NOT @follow-hidden-from(me, mid, meLists)
WITH me, rd, meLists, meMutes, collect(mid) AS mids
WITH me, rd, meLists, meMutes, mids, size(mids) AS sampled
UNWIND mids AS mid
CALL (mid, rd) {
  WITH mid, rd, @may-read-network(mid, rd) AS midReadable,
       CASE WHEN mid.hiddenFollowing = 0 THEN {hiddenFollowing: 0} ELSE @block-lists(mid) END AS midLists
  MATCH ()-[g:FOLLOWS]->(c)
  USING INDEX g:FOLLOWS(from, since, to)
  WHERE g.from = mid.id AND g.since IS NOT NULL AND g.to IS NOT NULL
  WITH g, c, CASE WHEN @follow-hidden-from(mid, c, midLists) THEN false WHEN midReadable THEN true ELSE @may-read-network(c, rd) END AS shown
    WHERE shown
  WITH g, c ORDER BY g.from DESC, g.since DESC, g.to DESC LIMIT toInteger($perFollowing)
  RETURN c
}
WITH me, rd, meLists, meMutes, sampled, c, count(*) AS mutualCount, collect(mid)[..10] AS viaUsers
WITH me, rd, meLists, meMutes, sampled, c, mutualCount, viaUsers,
     CASE WHEN $reader IS NULL OR NOT coalesce(c.hideNetwork, false)
       THEN COUNT { (c)<-[:FOLLOWS]-() } - coalesce(c.hiddenFollowers, 0) ELSE 0 END AS followers
ORDER BY mutualCount DESC, followers DESC, c.id
LIMIT toInteger($maxFollowings) * toInteger($perFollowing)
WITH me, rd, sampled, c, mutualCount, viaUsers, @suggestible(c, me, meLists, meMutes) AS allowed
  WHERE allowed
LIMIT toInteger($limit)
RETURN c.id AS id, c.username AS username, c.name AS name, mutualCount, sampled,
       [m IN viaUsers | m {.id, .username, hideNetwork: coalesce(m.hideNetwork, false)}] AS via,
       CASE WHEN NOT EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = c.id AND x.to = $id } THEN false
         ELSE @visible-follow(c, me, rd) END AS followsYou
