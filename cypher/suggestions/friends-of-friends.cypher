// GET /v1/users/{id}/suggestions: second-degree candidates ranked by mutualCount, with bounded work.
// 1. The $maxFollowings newest followings of $id: a seek of follows_by_source (from, since, to) read in
//    since DESC order (the hints, and ORDER BY naming every index property: else Expand(All) and a Sort,
//    EXPLAIN shows none now); followings in a block relation with $id
//    (hidden follows) are skipped.
// 2. For each, its $perFollowing newest followings, the same way: at most maxFollowings * perFollowing rows.
// 3. Grouped by candidate: mutualCount = how many sampled followings follow it; via = the first 3 of them
//    (newest followed first). Excluded: self, already followed or requested, blocked either way, muted
//    (unexpired) — each a seek of the type's (from, to) pair-uniqueness index. PROFILE (a user following
//    1,000, 2M-edge graph): ExpandInto checks from `me` cost ~120 db hits per candidate (265k in all); the
//    seeks cost 2.
// 4. Ties: the candidate's follower count from the degree store (getDegree, no expand), then id.
MATCH (me:User {id: $id})
CALL () {
  MATCH ()-[f:FOLLOWS]->(mid)
  USING INDEX f:FOLLOWS(from, since, to)
  WHERE f.from = $id AND f.since IS NOT NULL AND f.to IS NOT NULL
  WITH f, mid ORDER BY f.from DESC, f.since DESC, f.to DESC LIMIT toInteger($maxFollowings)
  RETURN mid
}
WITH me, mid
  WHERE NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = $id AND x.to = mid.id }
    AND NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = mid.id AND x.to = $id }
WITH me, collect(mid) AS mids
WITH me, mids, size(mids) AS sampled
UNWIND mids AS mid
CALL (mid) {
  MATCH ()-[g:FOLLOWS]->(c)
  USING INDEX g:FOLLOWS(from, since, to)
  WHERE g.from = mid.id AND g.since IS NOT NULL AND g.to IS NOT NULL
  WITH g, c ORDER BY g.from DESC, g.since DESC, g.to DESC LIMIT toInteger($perFollowing)
  RETURN c
}
WITH me, sampled, c, count(*) AS mutualCount, collect(mid.id)[..3] AS via
  WHERE c <> me
    AND NOT EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT EXISTS { MATCH ()-[x:REQUESTED]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = $id AND x.to = c.id }
    AND NOT EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = c.id AND x.to = $id }
    AND NOT EXISTS { MATCH ()-[x:MUTES]->() WHERE x.from = $id AND x.to = c.id AND (x.until IS NULL OR x.until > datetime()) }
WITH c, sampled, mutualCount, via, COUNT { (c)<-[:FOLLOWS]-() } AS followers
ORDER BY mutualCount DESC, followers DESC, c.id
LIMIT toInteger($limit)
RETURN c.id AS id, c.username AS username, c.name AS name, mutualCount, via, sampled
