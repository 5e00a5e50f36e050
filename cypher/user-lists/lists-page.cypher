// GET /v1/users/{id}/lists: the user's lists, a keyset page, newest first. Seeks lists_by_owner (owner = $id,
// createdAt <= cursor) in index order (ORDER BY names every index property; the tie-break a CASE, not an OR):
// EXPLAIN shows NodeIndexSeek -> Filter -> Limit, no Sort. memberCount from the degree store. Times in epoch ms.
MATCH (l:List)
USING INDEX l:List(owner, createdAt, id)
WHERE l.owner = $id
  AND l.createdAt <= datetime($since)
  AND l.id IS NOT NULL
  AND CASE WHEN l.createdAt = datetime($since) THEN l.id < $after ELSE true END
WITH l
ORDER BY l.owner DESC, l.createdAt DESC, l.id DESC
LIMIT $limit
RETURN l.id AS id, l.owner AS owner, l.name AS name, l.purpose AS purpose, l.description AS description,
       COUNT { (l)-[:HAS_MEMBER]->() } AS memberCount, l.createdAt.epochMillis AS createdAt
