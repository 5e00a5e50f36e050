// Suggestion tests: sets a user's discoverable flag directly (absent means true).
MATCH (u:User {id: $id})
SET u.discoverable = $discoverable
