// The reader view's test of a follow u -> v when v is the same user on every row (vLists: @block-lists(v)):
// whether a block relation hides it (@blocked-with). When v's hiddenFollowers counter is 0, none of the follows
// to it is hidden and no row is tested (as @follow-hidden-from).
// params: u, v, vLists
CASE WHEN <<vLists>>.hiddenFollowers = 0 THEN false ELSE @blocked-with(<<u>>, <<v>>, <<vLists>>) END
