// Test fixture: users as the release before the migrations wrote them (no hidden-edge counters), a batch.
UNWIND $rows AS row
CREATE (:User {
  id: row.id, username: row.username, usernameLower: toLower(row.username), name: row.name,
  private: row.private, hideNetwork: row.hideNetwork, discoverable: true,
  createdAt: datetime({epochMillis: toInteger(row.createdAt)})
})
