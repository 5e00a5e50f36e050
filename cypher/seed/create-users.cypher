// Bulk seed: one batch of new users (the generator's ids are new, so CREATE, not MERGE; user_id_unique and
// user_username_lower_unique still refuse a clash with existing users and fail the batch).
UNWIND $rows AS row
CREATE (:User {
  id: row.id,
  username: row.username,
  usernameLower: toLower(row.username),
  name: row.name,
  private: false,
  hiddenFollowers: 0,
  hiddenFollowing: 0,
  hiddenRequests: 0,
  createdAt: datetime({epochMillis: toInteger(row.createdAt)})
})
