// Unmutes, a batch of them, after lock-users.cypher: the MUTES edge goes (a seek of mutes_pair_unique). An
// op: {i, id, target}. Outcomes: USER_NOT_FOUND_ID / _TARGET, NONE (none, or only an expired one: still 204,
// nothing recorded), DELETED (an active mute removed: recorded as `unmute`).
UNWIND $ops AS op
OPTIONAL MATCH (a:User {id: op.id})
OPTIONAL MATCH (b:User {id: op.target})
OPTIONAL MATCH ()-[m:MUTES {from: op.id, to: op.target}]->()
WITH op, m,
     CASE
       WHEN a IS NULL THEN 'USER_NOT_FOUND_ID'
       WHEN b IS NULL THEN 'USER_NOT_FOUND_TARGET'
       WHEN m IS NOT NULL AND (m.until IS NULL OR m.until > datetime({epochMillis: timestamp()})) THEN 'DELETED'
       ELSE 'NONE'
     END AS outcome
DELETE m
RETURN op.i AS i, outcome
