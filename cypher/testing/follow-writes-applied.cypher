// Outage test: for each attempted follow, how many FOLLOWS edges and `follow` changes it left (both 0 or both
// 1). The edge is sought through follows_pair_unique on (from, to); the changes are single :Change nodes or
// entries of batch nodes (record-changes.cypher), found by a scan of the feed (a small test database).
UNWIND $pairs AS p
OPTIONAL MATCH ()-[r:FOLLOWS {from: p.from, to: p.to}]->()
WITH p, count(r) AS edges
CALL (p) {
  MATCH (c:Change)
  WHERE c.type = 'follow' AND c.actor = p.from AND c.target = p.to
     OR (c.types IS NOT NULL AND p.from IN c.actors)
  RETURN sum(CASE
    WHEN c.types IS NULL THEN 1
    ELSE size([i IN range(0, size(c.types) - 1) WHERE c.types[i] = 'follow' AND c.actors[i] = p.from AND c.targets[i] = p.to])
  END) AS changes
}
RETURN p.from AS from, p.to AS to, edges, changes
