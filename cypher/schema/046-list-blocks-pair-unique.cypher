// At most one BLOCKS_LIST subscription per (user, list). Its index answers a user's block subscriptions (a seek
// on from) and whether a user subscribes to a given list (from, list).
CREATE CONSTRAINT list_blocks_pair_unique IF NOT EXISTS
FOR ()-[r:BLOCKS_LIST]-() REQUIRE (r.from, r.list) IS UNIQUE
