// Cold-start candidates: the $limit users with the most followers. The count is the degree store's
// (getDegree, no expand), but every user is visited: src/queries/suggestions.ts caches the answer for a
// minute instead of running this per request.
MATCH (u:User)
WITH u, COUNT { (u)<-[:FOLLOWS]-() } AS followers
ORDER BY followers DESC, u.id
LIMIT toInteger($limit)
RETURN u.id AS id, followers
