// The reader view, 4 of 4: whether the follow u -> v (an edge that exists, between bound users) is visible to
// the reader (API.md v1.2, "Visible follow"): no block relation hides it (@follow-hidden: the hidden-edge
// counters first, the seeks only for users that have hidden follows), and the reader may read u's following or
// v's followers. Derived answers (similar, suggestions) sample and count only such follows; with $reader '' they
// are the follows everyone may see, which is what work done ahead of time draws on.
// params: u, v, r
(NOT @follow-hidden(<<u>>, <<v>>) AND (@may-read-network(<<u>>, <<r>>) OR @may-read-network(<<v>>, <<r>>)))
