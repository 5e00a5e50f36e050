// The reader view's test of a follow u -> v when u is the same user on every row (uLists: @block-lists(u)):
// whether a block relation hides it (@blocked-with). Tested only when both ends' hidden-edge counters say a
// hidden follow is possible: u's hiddenFollowing (read once, in uLists) and v's hiddenFollowers (a property
// read per row, null tests); a CASE, so that the planner evaluates the branches lazily and in this order,
// where an OR of subqueries is planned eagerly. PROFILE (friends of friends, bench S, a user following 1,000:
// 1,405 sampled follows): the per-row seeks went from 8,400 db hits to none for the followings without hidden
// follows; for the 17 of 100 with some, v's counter leaves 85 of 344 rows to test (Filter 2,327 -> 898 db hits).
// params: u, v, uLists
CASE WHEN <<uLists>>.hiddenFollowing = 0 THEN false WHEN <<v>>.hiddenFollowers = 0 THEN false
  ELSE @blocked-with(<<v>>, <<u>>, <<uLists>>) END
