// Users are looked up by the caller's id everywhere; the constraint also gives the id index.
CREATE CONSTRAINT user_id_unique IF NOT EXISTS
FOR (u:User) REQUIRE u.id IS UNIQUE
