// Every step recorded in this database (by this release or another), in version order: applied ones have
// appliedAt; one begun and not finished (a process stopped half-way) has startedAt and the cursor and count of
// its last finished batch, where a rerun resumes.
MATCH (m:Migration)
RETURN m.version AS version, m.name AS name, m.checksum AS checksum,
       m.startedAt.epochMillis AS startedAt, m.appliedAt.epochMillis AS appliedAt,
       m.cursor AS cursor, m.done AS done
ORDER BY version
