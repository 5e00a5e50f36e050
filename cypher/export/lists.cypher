// GET /v1/export/lists: every list in (owner, id) order after ($afterOwner, $afterId). A seek of the
// list_owner_id_unique index on owner >= $afterOwner provides the order (EXPLAIN: NodeIndexSeekByRange, no
// Sort); the tie on owner is filtered row by row with a CASE (an OR is split into a Union and a Sort).
// createdAt as epoch ms: converted to ISO in JS.
MATCH (l:List)
WHERE l.owner >= $afterOwner AND l.id IS NOT NULL
  AND CASE WHEN l.owner = $afterOwner THEN l.id > $afterId ELSE true END
WITH l
ORDER BY l.owner, l.id
RETURN l.owner AS owner, l.id AS id, l.name AS name, l.purpose AS purpose, l.description AS description,
       l.createdAt.epochMillis AS createdAt
