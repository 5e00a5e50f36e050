// Keyset pages of the users someone blocks: (from, since, to).
CREATE INDEX blocks_by_source IF NOT EXISTS
FOR ()-[r:BLOCKS]-() ON (r.from, r.since, r.to)
