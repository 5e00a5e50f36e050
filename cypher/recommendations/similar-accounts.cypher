// "People who follow id also follow": for each user of $ids, the accounts whose followers most overlap its
// own, with bounded work like friends-of-friends.cypher: its $maxFollowers newest followers (a seek of
// follows_by_target in index order; followers in a block relation with it skipped, their follow is hidden),
// and of each the $perFollower accounts it followed most recently (follows_by_source). The overlap seen in
// the sample is scaled to all of the user's followers and capped by the candidate's; score = Jaccard of the
// two follower sets, estimated: shared / (mine + theirs - shared), in 0..1 (follower counts from the degree
// store). The $n best per user, as parallel lists. PROFILE: two index seeks in index order per sampled
// follower (no Sort, no Expand of a celebrity's edges), an EagerAggregation by candidate, a getDegree per
// candidate; at most $maxFollowers x $perFollower rows per user.
UNWIND $ids AS id
MATCH (me:User {id: id})
CALL (me) {
  MATCH (f:User)-[r:FOLLOWS]->()
  USING INDEX r:FOLLOWS(to, since, from)
  WHERE r.to = me.id AND r.since IS NOT NULL AND r.from IS NOT NULL
  WITH r, f ORDER BY r.to DESC, r.since DESC, r.from DESC LIMIT toInteger($maxFollowers)
  WITH collect(f) AS newest
  RETURN [f IN newest WHERE NOT EXISTS { (f)-[:BLOCKS]-(me) }] AS followers
}
WITH me, followers, size(followers) AS sampled, COUNT { (me)<-[:FOLLOWS]-() } AS mine
UNWIND followers AS f
CALL (f) {
  MATCH ()-[g:FOLLOWS]->(c)
  USING INDEX g:FOLLOWS(from, since, to)
  WHERE g.from = f.id AND g.since IS NOT NULL AND g.to IS NOT NULL
  WITH g, c ORDER BY g.from DESC, g.since DESC, g.to DESC LIMIT toInteger($perFollower)
  RETURN c
}
WITH me, sampled, mine, c, count(*) AS overlap
  WHERE c <> me
WITH me, c, mine, toFloat(overlap) / sampled * mine AS estimated, COUNT { (c)<-[:FOLLOWS]-() } AS theirs
WITH me, c, mine, theirs, CASE WHEN estimated > theirs THEN toFloat(theirs) ELSE estimated END AS shared
WITH me, c, shared / (mine + theirs - shared) AS score
ORDER BY me.id, score DESC, c.id
WITH me, collect(c.id)[..toInteger($n)] AS similar, collect(score)[..toInteger($n)] AS scores
RETURN me.id AS id, similar, scores
