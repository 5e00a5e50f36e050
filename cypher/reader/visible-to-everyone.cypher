// The reader view's @visible-follow for nobody in particular ($reader ''): no block relation hides u -> v, and
// one end is neither private nor hiding its network. Written apart so that work done ahead of time (the
// precompute's projection, one test per follow) reads two users' properties and the block seeks only, never the
// reader tests on a null reader (PROFILE on Bitcoin OTC: about half the projection's db hits were those).
// params: u, v
((NOT coalesce(<<u>>.private, false) AND NOT coalesce(<<u>>.hideNetwork, false))
  OR (NOT coalesce(<<v>>.private, false) AND NOT coalesce(<<v>>.hideNetwork, false)))
  AND NOT @blocked(<<u>>, <<v>>)
