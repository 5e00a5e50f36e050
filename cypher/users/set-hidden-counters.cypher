// Bulk load: sets the hidden-edge counters of users counted by the conversion (scripts/lib/bulk-load/csv-files.ts:
// users of a freshly loaded graph, no concurrent writes; the others keep the 0 they were loaded with). Seeks on
// user_id_unique.
UNWIND $rows AS row
MATCH (u:User {id: row.id})
SET u.hiddenFollowers = row.followers, u.hiddenFollowing = row.following
RETURN count(u) AS set
