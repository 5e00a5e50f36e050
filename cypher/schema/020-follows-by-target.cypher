// Keyset pages of a user's followers: seek (to = $id, since <= $cursor) and read in index order
// (since DESC, from DESC) — no expand and sort of a celebrity's million edges.
CREATE INDEX follows_by_target IF NOT EXISTS
FOR ()-[r:FOLLOWS]-() ON (r.to, r.since, r.from)
