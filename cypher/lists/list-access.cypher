// Before a list page: does the user exist, is it private, and does the viewer (the token's sub, if any)
// follow it visibly (a FOLLOWS with no BLOCKS either way)? EXPLAIN: two NodeUniqueIndexSeeks, then
// Expand(Into) checks.
MATCH (u:User {id: $id})
OPTIONAL MATCH (v:User {id: $viewer})
RETURN u.private AS private,
       v IS NOT NULL AND EXISTS { (v)-[:FOLLOWS]->(u) } AND NOT EXISTS { (v)-[:BLOCKS]-(u) } AS viewerFollows
