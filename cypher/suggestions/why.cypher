// Why each suggestion of $id is made (src/queries/suggestions.ts words it): which of the $candidates follow
// $id by a follow the reader ($reader: id itself, or null for a service token) may see (@visible-follow: no
// block relation hides it), and the usernames of the $via users the answer names (already those the access
// policy lets the reader see named: mayName). PROFILE: per candidate a user_id_unique seek and a seek of the
// FOLLOWS (from, to) pair index, the reader-view tests on the pairs found; per via user one seek.
MATCH (me:User {id: $id})
OPTIONAL MATCH (rd:User {id: $reader})
CALL (me, rd) {
  UNWIND $candidates AS cid
  MATCH (c:User {id: cid})
    WHERE EXISTS { MATCH ()-[x:FOLLOWS]->() WHERE x.from = c.id AND x.to = $id }
      AND @visible-follow(c, me, rd)
  RETURN collect(c.id) AS followsYou
}
CALL () {
  UNWIND $via AS vid
  MATCH (v:User {id: vid})
  RETURN collect([v.id, v.username]) AS usernames
}
RETURN followsYou, usernames
