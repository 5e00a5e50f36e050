// Hidden follows of a user
// FOLLOWS edges to or from $id that the API hides because the two users stand in a BLOCKS relation: a blocked
// user's follow of its blocker is kept, left out of every list and count, and shown again at unblock. The user's
// hiddenFollowers / hiddenFollowing counters (read by the counts) equal these edges, split by direction.
//
// PROFILE: NodeUniqueIndexSeek(user_id_unique), Expand(All) over the user's BLOCKS edges (few, even for a
// celebrity), then Expand(Into) for the pair's FOLLOWS: the user's follows are not walked.
MATCH (u:User {id: $id})-[b:BLOCKS]-(o:User)
MATCH (u)-[f:FOLLOWS]-(o)
RETURN u, b, f, o, f.from AS follower, f.to AS followed, f.since AS since, b.from AS blocker,
       u.hiddenFollowers AS hiddenFollowers, u.hiddenFollowing AS hiddenFollowing
