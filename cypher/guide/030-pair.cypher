// Every edge between two users
// All the relationships between $id and $other, both directions, with what each carries (since, until): what
// the API's rules see for the pair. At most one edge of a type per direction.
//
// PROFILE: two NodeUniqueIndexSeek(user_id_unique), then Expand(Into) from the user with the smaller degree.
MATCH (a:User {id: $id}), (b:User {id: $other})
OPTIONAL MATCH (a)-[r]-(b)
RETURN a, r, b, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, r.since AS since, r.until AS until
