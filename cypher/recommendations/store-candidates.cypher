// The precompute (scripts/lib/precompute-suggestions.ts): stores each user's candidates ($rows: id,
// candidates, scores, best first, from random-walk-candidates.cypher) on its :Suggestions node, scores scaled
// so the best is 1, with mutualCount and up to 3 via among the user's $maxFollowings newest followings not in
// a block relation with it (as friends-of-friends.cypher samples them), newest first, counting only follows
// everyone may see (@visible-to-everyone): stored ahead of time, they may go stale, never private. Nothing here is final:
// exclusions are checked when suggestions are read (cypher/suggestions/precomputed.cypher). EXPLAIN: per row a
// seek of follows_by_source in index order (no Sort), a unique-index seek per candidate (a locking seek, as
// in any statement with a MERGE: it locks the index entry, not the user), then per candidate and sampled
// following one existence check of the edge between the two bound users; MERGE on suggestions_user_unique.
UNWIND $rows AS row
MATCH (me:User {id: row.id})
CALL (me) {
  MATCH ()-[f:FOLLOWS]->(mid)
  USING INDEX f:FOLLOWS(from, since, to)
  WHERE f.from = me.id AND f.since IS NOT NULL AND f.to IS NOT NULL
  WITH f, mid ORDER BY f.from DESC, f.since DESC, f.to DESC LIMIT toInteger($maxFollowings)
  WITH me, mid WHERE NOT @blocked(me, mid)
  RETURN collect(mid) AS mids
}
WITH me, row, mids, coalesce(row.scores[0], 1.0) AS best
CALL (row, mids) {
  UNWIND row.candidates AS id
  MATCH (c:User {id: id})
  RETURN collect([m IN mids WHERE EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = m.id AND x.to = c.id }
    AND (@visible-to-everyone(m, c)) | m.id]) AS vias
}
MERGE (s:Suggestions {user: me.id})
SET s.ids = row.candidates,
    s.scores = [x IN row.scores | x / best],
    s.mutualCounts = [v IN vias | size(v)],
    s.via = reduce(flat = [], v IN vias | flat + (v + ['', '', ''])[..3]),
    s.at = datetime()
RETURN count(*) AS stored
