// A data step finished a batch: the last key it handled and how much it has done, where a rerun resumes.
MATCH (m:Migration {version: $version})
SET m.cursor = $cursor, m.done = $done
