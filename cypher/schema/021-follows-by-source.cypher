// Keyset pages of the users someone follows (following, friends, known-followers): (from, since, to).
CREATE INDEX follows_by_source IF NOT EXISTS
FOR ()-[r:FOLLOWS]-() ON (r.from, r.since, r.to)
