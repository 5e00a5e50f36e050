// One :Suggestions node per user (its precomputed who-to-follow candidates), found by the user's id. Kept
// apart from the :User node so that the precompute never takes a user's lock (the follow path's).
CREATE CONSTRAINT suggestions_user_unique IF NOT EXISTS FOR (s:Suggestions) REQUIRE s.user IS UNIQUE
