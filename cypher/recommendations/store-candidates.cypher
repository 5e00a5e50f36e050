// The precompute (scripts/lib/precompute-suggestions.ts): stores each user's ranked candidates on its
// :Suggestions node. $rows: id, candidates and scores (best first, scaled so that the best is 1), and per
// candidate its mutualCount and up to 3 via (flat, '' padded), counted in memory over the user's sampled
// followings (sampled-followings.cypher) and the follows everyone may see: stored ahead of time, they may go
// stale, never private. Nothing here is final: exclusions are checked when suggestions are read
// (cypher/suggestions/precomputed.cypher). PROFILE: per row a NodeUniqueIndexSeek on suggestions_user_unique
// (Merge), SetProperty.
UNWIND $rows AS row
MERGE (s:Suggestions {user: row.id})
SET s.ids = row.candidates,
    s.scores = row.scores,
    s.mutualCounts = row.mutualCounts,
    s.via = row.via,
    s.at = datetime()
RETURN count(*) AS stored
