// The change feed is read oldest first by keyset on (at, id), and pruned by `at`.
CREATE INDEX change_by_time IF NOT EXISTS
FOR (c:Change) ON (c.at, c.id)
