// A user's neighbourhood
// The user $id with up to 100 of its edges, of every type and either direction (follows, pending requests,
// blocks, mutes), and the users at their other end. Double-click a user in the picture to expand it.
//
// PROFILE: NodeUniqueIndexSeek(user_id_unique), then Expand(All) pulled lazily until the LIMIT: a celebrity's
// million followers are not walked (the same db hits for 100 of 1M edges as for 100 of 100).
MATCH (u:User {id: $id})
OPTIONAL MATCH p = (u)-[]-(:User)
RETURN u, p
LIMIT 100
