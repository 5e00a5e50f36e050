// The reader view's test of a follow u -> v when v is the same user on every row (vLists: @block-lists(v)):
// whether a block relation hides it (@blocked-with). Tested only when both ends' counters say a hidden follow
// is possible: v's hiddenFollowers (read once, in vLists) and u's hiddenFollowing (per row), as
// @follow-hidden-from.
// params: u, v, vLists
CASE WHEN <<vLists>>.hiddenFollowers = 0 THEN false WHEN <<u>>.hiddenFollowing = 0 THEN false
  ELSE @blocked-with(<<u>>, <<v>>, <<vLists>>) END
