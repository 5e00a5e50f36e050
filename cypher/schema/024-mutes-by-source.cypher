// Keyset pages of the users someone mutes: (from, since, to).
CREATE INDEX mutes_by_source IF NOT EXISTS
FOR ()-[r:MUTES]-() ON (r.from, r.since, r.to)
