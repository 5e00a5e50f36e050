// Members added (PUT /v1/users/{id}/lists/{list}/members/{member}, the import's member lines), a batch of them,
// after the list and the member are locked. An op: {i, id (the owner), list, key ('owner/list'), target (the
// member), since (null: now; an import's), keepExisting (an import line for an existing membership is a
// no-op)}. Outcomes, the first that applies: USER_NOT_FOUND_ID (owner), LIST_NOT_FOUND, USER_NOT_FOUND_TARGET,
// BLOCKED_BY_TARGET (a curation list refuses a user who blocks the owner, directly or through a block list of
// its own; a moderation list takes anyone), EXISTS (200), ADDED (201, recorded as `list.member.added`). The
// edge carries the list's key and purpose and the member's id: list_members_pair_unique makes a second one
// impossible. Every test is a unique-index seek (the list, the membership, the blocks); the member's block
// subscriptions are a seek of list_blocks_pair_unique on from. Answers the member as the members page shows it.
UNWIND $ops AS op
OPTIONAL MATCH (o:User {id: op.id})
OPTIONAL MATCH (l:List {owner: op.id, id: op.list})
OPTIONAL MATCH (m:User {id: op.target})
OPTIONAL MATCH ()-[old:HAS_MEMBER]->() WHERE old.list = op.key AND old.member = op.target
WITH op, l, m, old,
     CASE
       WHEN o IS NULL THEN 'USER_NOT_FOUND_ID'
       WHEN l IS NULL THEN 'LIST_NOT_FOUND'
       WHEN m IS NULL THEN 'USER_NOT_FOUND_TARGET'
       WHEN op.keepExisting AND old IS NOT NULL THEN 'EXISTS'
       WHEN l.purpose = 'curation' AND op.target <> op.id AND (
         EXISTS { MATCH ()-[x:BLOCKS]->() WHERE x.from = op.target AND x.to = op.id }
         OR @list-blocks(op.target, op.id)) THEN 'BLOCKED_BY_TARGET'
       WHEN old IS NOT NULL THEN 'EXISTS'
       ELSE 'ADDED'
     END AS outcome
CALL (old, op, outcome) {
  WITH old, op, outcome
  WHERE outcome = 'EXISTS' AND op.since IS NOT NULL
  SET old.since = datetime(op.since)
}
CALL (l, m, op, outcome) {
  WITH l, m, op, outcome
  WHERE outcome = 'ADDED'
  CREATE (l)-[:HAS_MEMBER {
    list: op.key, member: op.target, purpose: l.purpose,
    since: coalesce(datetime(op.since), datetime({epochMillis: timestamp()}))
  }]->(m)
}
OPTIONAL MATCH ()-[r:HAS_MEMBER]->() WHERE r.list = op.key AND r.member = op.target
RETURN op.i AS i, outcome,
       CASE WHEN r IS NULL OR outcome <> 'ADDED' AND outcome <> 'EXISTS' THEN null
         ELSE {id: m.id, username: m.username, name: m.name, since: r.since.epochMillis} END AS member
