// The precompute's worklist: ids of the users that follow someone, after $after in id order, $limit at a
// time. PROFILE: NodeIndexSeekByRange on user_id_unique (id > $after) in index order (no Sort), a degree check
// per user (getDegree), Limit.
MATCH (u:User)
  WHERE u.id > $after AND COUNT { (u)-[:FOLLOWS]->() } > 0
WITH u ORDER BY u.id
LIMIT toInteger($limit)
RETURN u.id AS id
