// Suggestion tests: the candidates the precompute stored for a user, in stored order.
MATCH (s:Suggestions {user: $id})
RETURN s.ids AS ids, s.mutualCounts AS mutualCounts, s.via AS via
