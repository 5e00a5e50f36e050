// Keyset pages of a user's lists, newest first: (owner, createdAt, id).
CREATE INDEX lists_by_owner IF NOT EXISTS
FOR (l:List) ON (l.owner, l.createdAt, l.id)
