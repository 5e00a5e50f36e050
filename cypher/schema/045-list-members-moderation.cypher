// The moderation lists that hold a user (member = $id, purpose = 'moderation'): a seek, however many curation
// lists (starter packs) also hold it. Reads that filter list blocks against one user start from these.
CREATE INDEX list_members_by_purpose IF NOT EXISTS
FOR ()-[r:HAS_MEMBER]-() ON (r.member, r.purpose, r.list)
