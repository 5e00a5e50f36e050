// The reader view's test of a follow u -> v (an edge that exists, between bound users) when neither end is the
// same on every row: whether a block relation hides it (@blocked), tested only when u's hiddenFollowing and
// v's hiddenFollowers counters (kept by every write: cypher/writes/hidden-counters.cypher; null tests) both say
// a hidden follow is possible, in that order (a CASE). Most users have neither, so most follows cost one or
// two property reads and no seek. Only for an existing follow: two users in a block relation with no follow
// between them may have counters at 0.
// params: u, v
CASE WHEN <<u>>.hiddenFollowing = 0 THEN false WHEN <<v>>.hiddenFollowers = 0 THEN false
  ELSE @blocked(<<u>>, <<v>>) END
