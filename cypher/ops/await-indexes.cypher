// Waits until every index (and constraint-backing index) is ONLINE, so queries can rely on them.
CALL db.awaitIndexes(300)
