// Lists (:List) are unique by (owner, id): list ids follow the user-id rules and are unique per owner. The
// constraint's index also answers every lookup of one list, and concurrent creates of one list meet on it.
CREATE CONSTRAINT list_owner_id_unique IF NOT EXISTS
FOR (l:List) REQUIRE (l.owner, l.id) IS UNIQUE
