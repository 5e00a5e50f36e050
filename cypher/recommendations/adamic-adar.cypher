// Adamic-Adar over the 2-hop neighbourhood, directed: as resource-allocation.cypher, but each account m that
// $id follows weighs 1 / ln(1 + degree of m) (degree store): hubs count less, not almost nothing. PROFILE: the
// same plan as resource-allocation.cypher.
MATCH (me:User {id: $id})-[:FOLLOWS]->(m)
WITH m, 1.0 / log(1.0 + COUNT { (m)-[:FOLLOWS]-() }) AS share
MATCH (m)-[:FOLLOWS]->(c)
WITH c, sum(share) AS score
ORDER BY score DESC, c.id LIMIT toInteger($n)
RETURN c.id AS id, score
