// A step begins: its node is made once (migration_version_unique). A step resumed after an interruption keeps
// its startedAt, cursor and count; a schema step applied again (its statements changed) starts afresh.
// Answers where to resume (cursor null: from the start).
MERGE (m:Migration {version: $version})
  ON CREATE SET m.startedAt = datetime({epochMillis: timestamp()})
WITH m, m.appliedAt IS NOT NULL AS reapplied
SET m.name = $name,
    m.startedAt = CASE WHEN reapplied THEN datetime({epochMillis: timestamp()}) ELSE m.startedAt END,
    m.appliedAt = null
RETURN CASE WHEN reapplied THEN null ELSE m.cursor END AS cursor,
       CASE WHEN reapplied THEN 0 ELSE coalesce(m.done, 0) END AS done
