// Keyset pages of a user's block subscriptions (list-blocks), newest first: (from, since, list).
CREATE INDEX list_blocks_by_subscriber IF NOT EXISTS
FOR ()-[r:BLOCKS_LIST]-() ON (r.from, r.since, r.list)
