// The last statement of a write batch that changed which follows and requests are hidden by blocks (direct or
// through block lists): each user's hiddenFollowers / hiddenFollowing / hiddenRequests (see
// cypher/counts/user-counts.cypher) move by the batch's summed change ($changes: [{id, followers, following,
// requests}], one per user, summed by src/queries/writes.ts, so a celebrity touched by many ops of the batch is
// written once). The users are locked since lock-users.cypher. Null counters (users from before them) stay null.
UNWIND $changes AS c
MATCH (u:User {id: c.id})
SET u.hiddenFollowers = u.hiddenFollowers + c.followers,
    u.hiddenFollowing = u.hiddenFollowing + c.following,
    u.hiddenRequests = u.hiddenRequests + c.requests
RETURN count(u) AS updated
