// Shutdown test: takes the write locks of the given users (a property write, no change of value) in a
// transaction the test keeps open, so the server's writes on them wait while SIGTERM arrives.
MATCH (u:User)
WHERE u.id IN $ids
SET u.name = u.name
RETURN count(u) AS locked
