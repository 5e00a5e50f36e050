// For each pair {a, b}: the FOLLOWS and REQUESTED edges between them, either way, and whether they stand in a
// block relation, which hides those edges: a BLOCKS either way, or a list block either way (one subscribes to
// a block list that holds the other). Run by the write path before and after a batch's list ops
// (src/queries/list-hiding.ts): the difference is what the hidden-edge counters must move by. Every test is a
// seek of a pair-uniqueness index: the edges on (from, to), each user's block subscriptions on (from, ...), and
// the memberships on (list, member) for those lists only (IN over a handful of keys).
UNWIND $pairs AS p
RETURN p.a AS a, p.b AS b,
       EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = p.a AND x.to = p.b } AS follows,
       EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = p.b AND x.to = p.a } AS followed,
       EXISTS { MATCH ()-[x:REQUESTED]->() WHERE x.from = p.a AND x.to = p.b } AS requests,
       EXISTS { MATCH ()-[x:REQUESTED]->() WHERE x.from = p.b AND x.to = p.a } AS requested,
       EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = p.a AND x.to = p.b }
         OR EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = p.b AND x.to = p.a }
         OR @list-blocks(p.a, p.b) OR @list-blocks(p.b, p.a) AS hidden
