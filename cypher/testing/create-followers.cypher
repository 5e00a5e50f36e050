// Test fixture for the query-plan test only: $count new users ($prefix-1 .. $prefix-$count) that all follow
// $id, with `since` = base - n ms (follower 1 newest), in one statement. Answers how many and `base`.
MATCH (u:User {id: $id})
WITH u, timestamp() AS base
UNWIND range(1, $count) AS n
CREATE (f:User {id: $prefix + '-' + n, username: $prefix + '_' + n, usernameLower: toLower($prefix + '_' + n),
                name: '', private: false, createdAt: datetime({epochMillis: timestamp()})})
CREATE (f)-[:FOLLOWS {since: datetime({epochMillis: base - n}), from: f.id, to: $id}]->(u)
RETURN count(*) AS created, min(base) AS base
