// Cold-start candidates: the $limit users with the most followers, by the public count (the degree store's
// getDegree, no expand, less the hidden-edge counter); users who hide their network are left out, as their
// counts are nobody else's to rank by. Every user is visited: src/queries/suggestions.ts caches the answer for
// a minute instead of running this per request.
MATCH (u:User)
  WHERE NOT coalesce(u.hideNetwork, false)
WITH u, COUNT { (u)<-[:FOLLOWS]-() } - coalesce(u.hiddenFollowers, 0) AS followers
ORDER BY followers DESC, u.id
LIMIT toInteger($limit)
RETURN u.id AS id, followers
