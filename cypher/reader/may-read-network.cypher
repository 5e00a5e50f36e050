// The reader view, 3 of 4: whether the reader may read x's network (its followers and following), as
// src/access-policy.ts networkRefusal decides for direct reads: $reader is the reader's id, null for a service
// token (every network), '' for nobody in particular (what everyone may see: the precompute's view); r is the
// reader's node (null when $reader names no user). A user reads its own network; nobody else a hidden one; a
// private one only its followers, by a follow no block relation hides (a seek of follows_pair_unique). A CASE
// keeps the seeks for private accounts: an OR of subqueries is planned to run them on every row.
// params: x, r
($reader IS NULL OR <<x>>.id = $reader
  OR CASE
    WHEN coalesce(<<x>>.hideNetwork, false) THEN false
    WHEN NOT coalesce(<<x>>.private, false) THEN true
    ELSE <<r>> IS NOT NULL AND EXISTS { MATCH ()-[rvEdge:FOLLOWS]->() WHERE rvEdge.from = <<r>>.id AND rvEdge.to = <<x>>.id }
      AND NOT @blocked(<<r>>, <<x>>)
  END)
