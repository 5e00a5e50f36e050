// POST /v1/import, user lines of one batch: create or replace each user as PUT /v1/users/{id} does (omitted
// name is "", omitted private false; createdAt kept, or taken from the line when given). A username held
// case-insensitively by another user is refused (seek of user_username_lower_unique), not written, so the
// constraint never fails the batch. Rows come deduplicated by id and username (src/importer.ts).
// A private -> public change accepts the pending requests, as PATCH does. Existing users are locked before
// their old values are read, in id order ($lockIds, sorted by the caller) so batches never wait crosswise.
CALL {
  UNWIND $lockIds AS lockId
  MATCH (l:User {id: lockId})
  SET l.__lock = true
  REMOVE l.__lock
  RETURN count(l) AS locked
}
UNWIND $rows AS row
OPTIONAL MATCH (taken:User {usernameLower: row.usernameLower})
  WHERE taken.id <> row.id
OPTIONAL MATCH (old:User {id: row.id})
WITH row, CASE WHEN taken IS NOT NULL THEN 'USERNAME_TAKEN' END AS refused, old IS NULL AS creating,
     old IS NOT NULL AND (old.username <> row.username OR old.name <> row.name OR old.private <> row.private
       OR coalesce(old.hideNetwork, false) <> row.hideNetwork OR coalesce(old.discoverable, true) <> row.discoverable
       OR (row.createdAt IS NOT NULL AND old.createdAt <> datetime(row.createdAt))) AS updating,
     taken IS NULL AND coalesce(old.private, false) AND NOT row.private AS becomingPublic
FOREACH (_ IN CASE WHEN refused IS NULL THEN [1] ELSE [] END |
  MERGE (u:User {id: row.id})
    ON CREATE SET u.createdAt = coalesce(datetime(row.createdAt), datetime({epochMillis: timestamp()})),
                  u.hiddenFollowers = 0, u.hiddenFollowing = 0, u.hiddenRequests = 0
  SET u.username = row.username,
      u.usernameLower = row.usernameLower,
      u.name = row.name,
      u.private = row.private,
      u.hideNetwork = row.hideNetwork,
      u.discoverable = row.discoverable,
      u.createdAt = coalesce(datetime(row.createdAt), u.createdAt)
)
WITH row, refused, creating, updating, becomingPublic
// A request hidden by a list block either way is dropped, not accepted (as PATCH does: no follow is made between
// users in a block relation), and the user's hidden-request counter is then 0.
CALL (row, becomingPublic) {
  OPTIONAL MATCH ()-[s:BLOCKS_LIST]->() WHERE becomingPublic AND s.from = row.id AND s.list IS NOT NULL
  WITH row, becomingPublic, collect(s.list) AS ownBlocks
  OPTIONAL MATCH ()-[m:HAS_MEMBER]->() WHERE becomingPublic AND m.member = row.id AND m.purpose = 'moderation' AND m.list IS NOT NULL
  WITH row, becomingPublic, ownBlocks, collect(m.list) AS ownIn
  MATCH (requester:User)-[q:REQUESTED]->(u:User {id: row.id})
    WHERE becomingPublic
  WITH requester, q, u,
       EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list IN ownBlocks AND x.member = requester.id }
         OR EXISTS { MATCH ()-[x:BLOCKS_LIST]->() WHERE x.from = requester.id AND x.list IN ownIn } AS hidden
  CALL (requester, q, u, hidden) {
    WITH requester, q, u, hidden
    WHERE NOT hidden
    MERGE (requester)-[f:FOLLOWS {from: q.from, to: q.to}]->(u)
      ON CREATE SET f.since = datetime({epochMillis: timestamp()})
  }
  DELETE q
  SET u.hiddenRequests = CASE WHEN u.hiddenRequests IS NULL THEN null ELSE 0 END
  RETURN collect(CASE WHEN NOT hidden THEN requester.id END) AS accepted, collect(CASE WHEN hidden THEN requester.id END) AS dropped
}
WITH row, refused, creating, updating, accepted, dropped
  WHERE refused IS NOT NULL OR creating OR updating
RETURN row.line AS line, refused, creating, accepted, dropped
