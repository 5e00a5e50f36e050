// DELETE /v1/users/{id}/mutes/{target}: seeks the edge by the mutes_pair_unique index. `wasActive` is false
// when there was none or only an expired one (no change to record then).
OPTIONAL MATCH ()-[m:MUTES {from: $id, to: $target}]->()
WITH m, m IS NOT NULL AND (m.until IS NULL OR m.until > datetime({epochMillis: timestamp()})) AS wasActive
DELETE m
RETURN wasActive
