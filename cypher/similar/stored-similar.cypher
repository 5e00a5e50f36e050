// GET /v1/users/{id}/similar, when allowed-similar.cypher answered none from the stored list: the similar accounts
// the precompute stored for $id (none: no row, and the caller computes them now). PROFILE: one
// NodeUniqueIndexSeek on suggestions_user_unique.
MATCH (s:Suggestions {user: $id})
  WHERE s.similarIds IS NOT NULL
RETURN s.similarIds AS similar, s.similarScores AS scores
