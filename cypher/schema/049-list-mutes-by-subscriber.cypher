// Keyset pages of a user's mute subscriptions (list-mutes), newest first: (from, since, list).
CREATE INDEX list_mutes_by_subscriber IF NOT EXISTS
FOR ()-[r:MUTES_LIST]-() ON (r.from, r.since, r.list)
