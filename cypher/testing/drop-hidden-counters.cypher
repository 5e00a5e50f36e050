// Test setup: the users $ids as users from before the hidden-edge counters (none stored).
UNWIND $ids AS id
MATCH (u:User {id: id})
REMOVE u.hiddenFollowers, u.hiddenFollowing, u.hiddenRequests
