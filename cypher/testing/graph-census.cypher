// Test check: how many nodes of each label and edges of each type the whole graph holds (the migrations'
// own :Migration nodes left out), to compare a store before and after an upgrade.
CALL () {
  MATCH ()-[r]->() RETURN type(r) AS what, count(*) AS count
  UNION ALL
  MATCH (n) WHERE NOT n:Migration UNWIND labels(n) AS what RETURN what, count(*) AS count
}
RETURN what, count ORDER BY what
