// "People who follow id also follow": for each user of $ids, the accounts whose followers most overlap its
// own, as $reader may learn them (API.md v1.2): only follows visible to the reader are sampled and counted
// (@visible-follow, cypher/reader/). Read time passes the token's user ($reader null for a service token); the
// precompute passes '' (the follows everyone may see), so a stored list reveals nothing any reader could not.
// Bounded work like friends-of-friends.cypher: id's $maxFollowers newest visible followers (a seek of
// follows_by_target in index order), and of each the $perFollower accounts it followed most recently by a
// visible follow (follows_by_source in index order: a private follower's followings count only where the
// followed account's followers are readable). The overlap seen in the sample is scaled to id's follower count
// and capped by the candidate's; score = Jaccard of the two follower sets, estimated: shared / (mine + theirs -
// shared), in 0..1. Counts are the public ones (degree store minus the hidden-edge counters, as GET counts
// answers them); a candidate whose counts the reader may not see (a hidden network) is scored as if all its
// followers were shared (theirs = shared). The $n best per user, as parallel lists.
// PROFILE: two index seeks in index order per sampled follower (no Sort, no Expand of a celebrity's edges), per
// row the reader-view tests (@follow-hidden-to/-from: none for a sampled user with no hidden follows), an EagerAggregation by candidate, a getDegree per
// candidate; at most $maxFollowers x $perFollower visible rows per user.
// The reader-view checks are one CASE projected after the seek, then a WHERE on it, not predicates of the
// MATCH: the same operators (EXPLAIN: a Projection and a Filter where the Filter was), cheapest test first,
// and planning it takes 1,655 ms, not 2,462 (EXPLAIN with the plan cache cleared; planned again per parameter types).
// PROFILE (bench S, u0): 14,617 db hits (16,833 with a user token), 14,616 (16,832) before.
UNWIND $ids AS id
MATCH (me:User {id: id})
OPTIONAL MATCH (rd:User {id: $reader})
WITH me, rd, @may-read-network(me, rd) AS meReadable, @block-lists(me) AS meLists
CALL (me, rd, meReadable, meLists) {
  MATCH (f:User)-[r:FOLLOWS]->()
  USING INDEX r:FOLLOWS(to, since, from)
  WHERE r.to = me.id AND r.since IS NOT NULL AND r.from IS NOT NULL
  WITH r, f, CASE WHEN @follow-hidden-to(f, me, meLists) THEN false WHEN meReadable THEN true ELSE @may-read-network(f, rd) END AS shown
    WHERE shown
  WITH r, f ORDER BY r.to DESC, r.since DESC, r.from DESC LIMIT toInteger($maxFollowers)
  RETURN collect(f) AS followers
}
WITH me, rd, followers, size(followers) AS sampled, COUNT { (me)<-[:FOLLOWS]-() } - coalesce(me.hiddenFollowers, 0) AS mine
UNWIND followers AS f
CALL (f, rd) {
  WITH f, rd, @may-read-network(f, rd) AS fReadable, @block-lists(f) AS fLists
  MATCH ()-[g:FOLLOWS]->(c)
  USING INDEX g:FOLLOWS(from, since, to)
  WHERE g.from = f.id AND g.since IS NOT NULL AND g.to IS NOT NULL
  WITH g, c, CASE WHEN @follow-hidden-from(f, c, fLists) THEN false WHEN fReadable THEN true ELSE @may-read-network(c, rd) END AS shown
    WHERE shown
  WITH g, c ORDER BY g.from DESC, g.since DESC, g.to DESC LIMIT toInteger($perFollower)
  RETURN c
}
WITH me, sampled, mine, c, count(*) AS overlap
  WHERE c <> me
WITH me, c, mine, toFloat(overlap) / sampled * mine AS estimated,
     CASE WHEN $reader IS NULL OR c.id = $reader OR NOT coalesce(c.hideNetwork, false)
       THEN COUNT { (c)<-[:FOLLOWS]-() } - coalesce(c.hiddenFollowers, 0) END AS theirs
WITH me, c, mine, estimated, coalesce(theirs, estimated) AS theirs
WITH me, c, mine, theirs, CASE WHEN estimated > theirs THEN toFloat(theirs) ELSE estimated END AS shared
WITH me, c, CASE WHEN mine + theirs - shared > 0 THEN shared / (mine + theirs - shared) ELSE 0.0 END AS score
ORDER BY me.id, score DESC, c.id
WITH me, collect(c.id)[..toInteger($n)] AS similar, collect(score)[..toInteger($n)] AS scores
RETURN me.id AS id, similar, scores
