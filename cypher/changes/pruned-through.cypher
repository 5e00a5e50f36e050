// Where retention has pruned the feed to: the position (at, id) of the newest change it deleted, or nulls.
// A seek of change_feed_name_unique.
OPTIONAL MATCH (f:ChangeFeed {name: 'changes'})
RETURN f.prunedThroughAt.epochMillis AS atMs, f.prunedThroughId AS id
