// The precompute (scripts/lib/precompute-suggestions.ts): for each user of $ids, the accounts it follows that
// mutualCount and via are drawn from, newest first: its $maxFollowings newest followings not in a block
// relation with it, as friends-of-friends.cypher samples them (its own follows, all of them its own to see).
// The precompute then counts which of them follow each candidate by a follow everyone may see, in memory.
// PROFILE: per id a NodeUniqueIndexSeek on user_id_unique, a seek of follows_by_source in index order (no
// Sort), Limit, then per following the block tests (@blocked: index seeks).
UNWIND $ids AS id
MATCH (me:User {id: id})
CALL (me) {
  MATCH ()-[f:FOLLOWS]->(mid)
  USING INDEX f:FOLLOWS(from, since, to)
  WHERE f.from = me.id AND f.since IS NOT NULL AND f.to IS NOT NULL
  WITH f, mid ORDER BY f.from DESC, f.since DESC, f.to DESC LIMIT toInteger($maxFollowings)
  WITH me, mid WHERE NOT @blocked(me, mid)
  RETURN collect(mid.id) AS followings
}
RETURN me.id AS id, followings
