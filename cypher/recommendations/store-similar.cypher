// The precompute: stores each user's similar accounts (similar-accounts.cypher's rows) on its :Suggestions
// node. PROFILE: per row a NodeUniqueIndexSeek on suggestions_user_unique (Merge), SetProperty.
UNWIND $rows AS row
MERGE (s:Suggestions {user: row.id})
SET s.similarIds = row.similar, s.similarScores = row.scores, s.similarAt = datetime()
RETURN count(*) AS stored
