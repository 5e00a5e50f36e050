// At most one MUTES_LIST subscription per (user, list); its index answers a user's mute subscriptions.
CREATE CONSTRAINT list_mutes_pair_unique IF NOT EXISTS
FOR ()-[r:MUTES_LIST]-() REQUIRE (r.from, r.list) IS UNIQUE
