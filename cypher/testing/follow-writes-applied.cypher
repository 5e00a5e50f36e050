// Outage test: for each attempted follow, how many FOLLOWS edges and `follow` changes it left (both 0 or both
// 1). The edge is sought through follows_pair_unique on (from, to).
UNWIND $pairs AS p
OPTIONAL MATCH ()-[r:FOLLOWS {from: p.from, to: p.to}]->()
WITH p, count(r) AS edges
OPTIONAL MATCH (c:Change {actor: p.from, target: p.to, type: 'follow'})
RETURN p.from AS from, p.to AS to, edges, count(c) AS changes
