// After a full precompute: drops the :Suggestions of users that no longer exist, $limit at a time (a
// deleted user's candidates must not come back to a new user of the same id). PROFILE: NodeByLabelScan of
// Suggestions, a user_id_unique seek each (anti semi-apply), Limit.
MATCH (s:Suggestions)
  WHERE NOT EXISTS { MATCH (:User {id: s.user}) }
WITH s LIMIT toInteger($limit)
DETACH DELETE s
RETURN count(*) AS deleted
