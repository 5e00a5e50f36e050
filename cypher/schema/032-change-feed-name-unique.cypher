// The change feed's own state (:ChangeFeed {name: 'changes'}: how far retention has pruned) is one node.
CREATE CONSTRAINT change_feed_name_unique IF NOT EXISTS
FOR (f:ChangeFeed) REQUIRE f.name IS UNIQUE
