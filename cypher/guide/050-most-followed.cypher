// Most followed accounts
// The 25 users with the most followers, from the degree store: each count is read from the user's node, no edge
// is walked. followers and following count every FOLLOWS edge; hiddenFollowers of them are hidden by blocks.
//
// PROFILE: NodeByLabelScan(User), the degree read per user (getDegree in the projection, no Expand), Top 25:
// the cost grows with the number of users, not of edges.
MATCH (u:User)
WITH u, COUNT { (u)<-[:FOLLOWS]-() } AS followers
ORDER BY followers DESC
LIMIT 25
RETURN u.id AS id, u.username AS username, followers, u.hiddenFollowers AS hiddenFollowers,
       COUNT { (u)-[:FOLLOWS]->() } AS following, u.private AS private
