// The ids of a user's lists (deleted with the user): a prefix seek of list_owner_id_unique (owner = $id).
MATCH (l:List)
WHERE l.owner = $id AND l.id IS NOT NULL
RETURN l.id AS list
