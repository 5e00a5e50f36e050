// The migrations' own ledger: one :Migration node per step, so a step is recorded once whoever applies it
// (two processes starting at once MERGE on this constraint and meet on one node). Created before any step.
CREATE CONSTRAINT migration_version_unique IF NOT EXISTS
FOR (m:Migration) REQUIRE m.version IS UNIQUE
