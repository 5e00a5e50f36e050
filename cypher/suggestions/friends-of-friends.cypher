// GET /v1/users/{id}/suggestions: second-degree candidates ranked by mutualCount, with bounded work.
// 1. The $maxFollowings newest followings of $id: a seek of follows_by_source (from, since, to) read in
//    since DESC order (the hints, and ORDER BY naming every index property: else Expand(All) and a Sort,
//    EXPLAIN shows none now); followings in a block relation with $id (hidden follows) are skipped.
// 2. For each, its $perFollowing newest followings, the same way: at most maxFollowings * perFollowing rows.
// 3. Grouped by candidate: mutualCount = how many sampled followings follow it; via = the first 3 of them
//    (newest followed first; the first 10 with whether they hide their network: the access policy names at
//    most 3 of those it may, src/access-policy.ts mayName). Ties: the candidate's follower count from the degree store (getDegree, no
//    expand), then id.
// 4. Ranked first, excluded after: the ranked candidates are checked lazily, in rank order, until $limit
//    pass. Excluded: self, users not discoverable, already followed or requested, blocked either way (directly
//    or through a block list), muted (unexpired, or through a mute list), each a
//    seek of the type's (from, to) pair-uniqueness index. The LIMIT between ranking and the checks (at the
//    fan-out cap, so it never drops a candidate) keeps the planner from running the checks on every
//    candidate first. PROFILE (u24118 of the M bench graph, following 987; 1,005 second-degree rows, 785
//    candidates): checking every candidate was 6,986 seeks and a median 19.7 ms; checking in rank order
//    stops after 48 candidates (about 250 seeks), median 6.4 ms, with the same answer (one connection,
//    quiet machine; `RETURN 1` takes 1.9 ms the same way).
MATCH (me:User {id: $id})
// List blocks and mutes: $id's block and mute lists and the moderation lists that hold it (seeks of the
// pair-uniqueness indexes on from, of list_members_by_purpose), carried as `lists`; each test below is then a
// seek of list_members_pair_unique or list_blocks_pair_unique for those few lists (none when there are none).
CALL () {
  OPTIONAL MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = $id AND s.list IS NOT NULL
  RETURN collect(s.list) AS blocks
}
CALL () {
  OPTIONAL MATCH ()-[s:MUTES_LIST]->() WHERE s.from = $id AND s.list IS NOT NULL
  RETURN collect(s.list) AS mutes
}
CALL () {
  OPTIONAL MATCH ()-[m:HAS_MEMBER]->() WHERE m.member = $id AND m.purpose = 'moderation' AND m.list IS NOT NULL
  RETURN collect(m.list) AS memberOf
}
WITH me, {blocks: blocks, mutes: mutes, memberOf: memberOf} AS lists
CALL () {
  MATCH ()-[f:FOLLOWS]->(mid)
  USING INDEX f:FOLLOWS(from, since, to)
  WHERE f.from = $id AND f.since IS NOT NULL AND f.to IS NOT NULL
  WITH f, mid ORDER BY f.from DESC, f.since DESC, f.to DESC LIMIT toInteger($maxFollowings)
  RETURN mid
}
WITH lists, mid
  WHERE NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = $id AND x.to = mid.id }
    AND NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = mid.id AND x.to = $id }
    AND NOT EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN lists.blocks AND x.member = mid.id }
    AND NOT EXISTS { MATCH ()-[x:BLOCKS_LIST]->() WHERE x.from = mid.id AND x.list IN lists.memberOf }
WITH lists, collect(mid) AS mids
WITH lists, mids, size(mids) AS sampled
UNWIND mids AS mid
CALL (mid) {
  MATCH ()-[g:FOLLOWS]->(c)
  USING INDEX g:FOLLOWS(from, since, to)
  WHERE g.from = mid.id AND g.since IS NOT NULL AND g.to IS NOT NULL
  WITH g, c ORDER BY g.from DESC, g.since DESC, g.to DESC LIMIT toInteger($perFollowing)
  RETURN c
}
WITH lists, sampled, c, count(*) AS mutualCount, collect(mid {.id, hideNetwork: coalesce(mid.hideNetwork, false)})[..10] AS via
WITH lists, sampled, c, mutualCount, via, COUNT { (c)<-[:FOLLOWS]-() } AS followers
ORDER BY mutualCount DESC, followers DESC, c.id
LIMIT toInteger($maxFollowings) * toInteger($perFollowing)
WITH lists, sampled, c, mutualCount, via
  WHERE c.id <> $id
    AND coalesce(c.discoverable, true)
    AND NOT EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT EXISTS { MATCH ()-[x:REQUESTED]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = c.id AND x.to = $id }
    AND NOT EXISTS { MATCH ()-[x:MUTES]->() WHERE x.from = $id AND x.to = c.id AND (x.until IS NULL OR x.until > datetime()) }
    AND NOT EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN lists.blocks + lists.mutes AND x.member = c.id }
    AND NOT EXISTS { MATCH ()-[x:BLOCKS_LIST]->() WHERE x.from = c.id AND x.list IN lists.memberOf }
LIMIT toInteger($limit)
RETURN c.id AS id, c.username AS username, c.name AS name, mutualCount, via, sampled
