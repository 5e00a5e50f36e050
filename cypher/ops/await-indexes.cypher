// Waits until every index (and constraint-backing index) is ONLINE, so queries can rely on them; fails after
// $seconds (the service's start-up: 300; a bulk load's index population over a large store: longer).
CALL db.awaitIndexes(toInteger($seconds))
