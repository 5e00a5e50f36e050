// At most one HAS_MEMBER edge per (list, member), even under concurrent writes: the edge carries the list's key
// ('owner/id') and the member's id, and this constraint refuses a second one. Its index also answers whether a
// user is a member of a list (a seek), which every list-block check uses, and gives the export's order.
CREATE CONSTRAINT list_members_pair_unique IF NOT EXISTS
FOR ()-[r:HAS_MEMBER]-() REQUIRE (r.list, r.member) IS UNIQUE
