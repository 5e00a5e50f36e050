// Usernames are unique case-insensitively: the lower-cased copy carries the constraint (and the lookup index).
CREATE CONSTRAINT user_username_lower_unique IF NOT EXISTS
FOR (u:User) REQUIRE u.usernameLower IS UNIQUE
