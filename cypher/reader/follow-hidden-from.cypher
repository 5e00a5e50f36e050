// The reader view's test of a follow u -> v when u is the same user on every row (uLists: @block-lists(u)):
// whether a block relation hides it (@blocked-with). When u's hiddenFollowing counter is 0, none of its follows
// is hidden and no row is tested (a CASE: the planner evaluates its branches lazily, where an OR of subqueries
// is planned eagerly). PROFILE (friends of friends, bench S, a user following 1,000: 1,405 sampled follows):
// the per-row seeks went from 8,400 db hits to none for the followings without hidden follows.
// params: u, v, uLists
CASE WHEN <<uLists>>.hiddenFollowing = 0 THEN false ELSE @blocked-with(<<v>>, <<u>>, <<uLists>>) END
