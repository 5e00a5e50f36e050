// Test check: the :Migration nodes of a version (one once recorded) with their dates and resume point.
MATCH (m:Migration {version: $version})
RETURN m.startedAt.epochMillis AS startedAt, m.appliedAt.epochMillis AS appliedAt, m.cursor AS cursor, m.done AS done
