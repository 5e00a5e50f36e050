// A step is applied: its date, and a schema step's checksum (a later release that changes its statements
// makes it pending again). The resume point goes.
MATCH (m:Migration {version: $version})
SET m.appliedAt = datetime({epochMillis: timestamp()}), m.checksum = $checksum
REMOVE m.cursor, m.done
