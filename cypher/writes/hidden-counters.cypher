// The last statement of a write batch that changed which follows are hidden by blocks: each user's
// hiddenFollowers / hiddenFollowing (see cypher/counts/user-counts.cypher) move by the batch's summed change
// ($changes: [{id, followers, following}], one per user, summed by src/write-path.ts, so a celebrity touched by
// many ops of the batch is written once). The users are locked since lock-users.cypher. Null counters (users
// from before them) stay null.
UNWIND $changes AS c
MATCH (u:User {id: c.id})
SET u.hiddenFollowers = u.hiddenFollowers + c.followers,
    u.hiddenFollowing = u.hiddenFollowing + c.following
RETURN count(u) AS updated
