// Keyset pages of a list's members, newest first: (list, since, member).
CREATE INDEX list_members_by_list IF NOT EXISTS
FOR ()-[r:HAS_MEMBER]-() ON (r.list, r.since, r.member)
