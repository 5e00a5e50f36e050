// The raw edges between the actor and the target (after lock-pair, so nothing changes under us). Both nodes
// are matched first (user_id_unique seeks); each pattern is then an ExpandInto, which reads the edge group of
// the smaller side, so a celebrity's million followers are never walked. EXPLAIN: NodeUniqueIndexSeek x2,
// Expand(Into) per flag.
MATCH (a:User {id: $id}), (b:User {id: $target})
RETURN EXISTS { (a)-[:FOLLOWS]->(b) } AS following,
       EXISTS { (a)-[:BLOCKS]->(b) } AS blocking,
       EXISTS { (b)-[:BLOCKS]->(a) } AS blockedBy,
       EXISTS { (a)-[:REQUESTED]->(b) } AS requested,
       b.private AS targetPrivate
