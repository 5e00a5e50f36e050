// Follows, a batch of them, after lock-users.cypher (the batch relates each pair of users at most once, so
// every op is checked against the state before the batch). An op: {i, id, target, since (null: now),
// establish (true for an imported follow: FOLLOWS even to a private user, replacing a pending request),
// keepExisting (true for an import line: an existing edge, even hidden by a block, is a no-op, so a re-import
// answers as the first did)}. API.md's rules, the first that applies: USER_NOT_FOUND_ID / _TARGET,
// BLOCKED_BY_TARGET (even with a hidden follow), UNBLOCK_FIRST, FOLLOWING (200), REQUESTED (pending, 202),
// REQUEST (a new request to a private user, 202), FOLLOW (201). Users are seeks of user_id_unique; every
// edge test is an Expand(Into) between the two bound users, which reads the edge group of the side with the
// smaller degree (a celebrity's million followers are never walked). Each new edge has the shared layout
// {since, from, to}; follows_pair_unique makes a second FOLLOWS of a pair impossible whatever happens.
// Answers each op's outcome; src/queries/writes.ts records the changes (follow, follow.requested).
// A list block stands as a BLOCKS (API.md: the subscriber stands to each member as if it BLOCKS it): target
// subscribing to a block list that holds id is BLOCKED_BY_TARGET, id subscribing to one that holds target is
// UNBLOCK_FIRST (lifted by unsubscribing or the member leaving the list; nothing is deleted by a list block, so
// a follow hidden by it stays and the rule for an existing hidden follow is the same). So no follow is ever
// made between users in a block relation: a new follow is never a hidden one.
// List blocks are the reader view's @list-blocks (cypher/reader/), one way each (idListBlocks: id subscribes to
// a block list holding target; targetListBlocks: the other way). PROFILE: 2-4 db hits each for a user in no list.
UNWIND $ops AS op
OPTIONAL MATCH (a:User {id: op.id})
OPTIONAL MATCH (b:User {id: op.target})
WITH *, @list-blocks(op.id, op.target) AS idListBlocks, @list-blocks(op.target, op.id) AS targetListBlocks
WITH op, a, b, datetime({epochMillis: timestamp()}) AS now,
     CASE
       WHEN a IS NULL THEN 'USER_NOT_FOUND_ID'
       WHEN b IS NULL THEN 'USER_NOT_FOUND_TARGET'
       WHEN op.keepExisting AND EXISTS { (a)-[:FOLLOWS]->(b) } THEN 'FOLLOWING'
       WHEN op.keepExisting AND NOT op.establish AND EXISTS { (a)-[:REQUESTED]->(b) } THEN 'REQUESTED'
       WHEN EXISTS { (b)-[:BLOCKS]->(a) } OR targetListBlocks THEN 'BLOCKED_BY_TARGET'
       WHEN EXISTS { (a)-[:BLOCKS]->(b) } OR idListBlocks THEN 'UNBLOCK_FIRST'
       WHEN EXISTS { (a)-[:FOLLOWS]->(b) } THEN 'FOLLOWING'
       WHEN b.private AND NOT op.establish AND EXISTS { (a)-[:REQUESTED]->(b) } THEN 'REQUESTED'
       WHEN b.private AND NOT op.establish THEN 'REQUEST'
       ELSE 'FOLLOW'
     END AS outcome
CALL (a, b, op, now, outcome) {
  WITH a, b, op, now, outcome
  WHERE outcome = 'FOLLOW'
  OPTIONAL MATCH (a)-[q:REQUESTED]->(b)
  DELETE q
  CREATE (a)-[:FOLLOWS {since: coalesce(datetime(op.since), now), from: op.id, to: op.target}]->(b)
}
CALL (a, b, op, now, outcome) {
  WITH a, b, op, now, outcome
  WHERE outcome = 'REQUEST'
  CREATE (a)-[:REQUESTED {since: coalesce(datetime(op.since), now), from: op.id, to: op.target}]->(b)
}
// An import line's given since on the edge it found.
CALL (a, b, op, outcome) {
  WITH a, b, op, outcome
  WHERE op.keepExisting AND op.since IS NOT NULL AND outcome IN ['FOLLOWING', 'REQUESTED']
  MATCH (a)-[r:FOLLOWS|REQUESTED]->(b)
  SET r.since = datetime(op.since)
}
RETURN op.i AS i, outcome
