// After a private account turned public and its requests were accepted or dropped: no request to it is left,
// hidden or not, so its hidden-request counter is 0 (null, for a user from before the counters, stays null).
// The user is locked by the transaction's user update.
MATCH (u:User {id: $id})
WHERE u.hiddenRequests IS NOT NULL
SET u.hiddenRequests = 0
RETURN count(u) AS cleared
