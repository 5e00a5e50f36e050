// Keyset pages of the lists that hold a user (listed-in), newest first: (member, since, list).
CREATE INDEX list_members_by_member IF NOT EXISTS
FOR ()-[r:HAS_MEMBER]-() ON (r.member, r.since, r.list)
