// PUT /v1/users/{id}/mutes/{target}: at most one MUTES edge per ordered pair (mutes_pair_unique). An expired
// edge counts as absent: it is taken over with a fresh `since` (answered as created); an active one keeps its
// `since` and takes the new `until` (null: for ever). Both users are locked by the caller first.
MATCH (a:User {id: $id}), (b:User {id: $target})
OPTIONAL MATCH (a)-[old:MUTES]->(b)
WITH a, b, datetime({epochMillis: timestamp()}) AS now,
     old IS NOT NULL AND (old.until IS NULL OR old.until > datetime({epochMillis: timestamp()})) AS active
MERGE (a)-[m:MUTES]->(b)
  ON CREATE SET m.from = $id, m.to = $target
SET m.since = CASE WHEN active THEN m.since ELSE now END,
    m.until = datetime($until)
RETURN NOT active AS created,
       {id: b.id, username: b.username, name: b.name, since: m.since, until: m.until} AS mute
