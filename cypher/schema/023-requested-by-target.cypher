// Keyset pages of a user's incoming follow requests: (to, since, from).
CREATE INDEX requested_by_target IF NOT EXISTS
FOR ()-[r:REQUESTED]-() ON (r.to, r.since, r.from)
