// POST /v1/import, user lines of one batch: create or replace each user as PUT /v1/users/{id} does (omitted
// name is "", omitted private false; createdAt kept, or taken from the line when given). A username held
// case-insensitively by another user is refused (seek of user_username_lower_unique), not written, so the
// constraint never fails the batch. Rows come deduplicated by id and username (src/importer.ts).
// becomingPublic: a private -> public change, whose pending requests the caller then accepts as PATCH does
// (src/queries/requests.ts, in the same transaction). Existing users are locked before their old values are
// read, in id order ($lockIds, sorted by the caller) so batches never wait crosswise.
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
  WHERE refused IS NOT NULL OR creating OR updating
RETURN row.line AS line, refused, creating, becomingPublic
