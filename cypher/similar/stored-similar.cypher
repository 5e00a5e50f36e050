// GET /v1/users/{id}/similar, when allowed-similar.cypher answered none from the stored list: whether the
// precompute stored a similar list for $id (a row: every account on it was left out; none: the caller computes
// them now). PROFILE: one NodeUniqueIndexSeek on suggestions_user_unique.
MATCH (s:Suggestions {user: $id})
  WHERE s.similarIds IS NOT NULL
RETURN true AS stored
