// Change-feed entries (:Change) are unique by id; the feed is read in (at, id) order (next index).
CREATE CONSTRAINT change_id_unique IF NOT EXISTS
FOR (c:Change) REQUIRE c.id IS UNIQUE
