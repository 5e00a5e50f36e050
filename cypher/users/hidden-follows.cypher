// Bulk load: every FOLLOWS edge hidden by a block, as (blocker, follower): the follower FOLLOWS the blocker,
// who BLOCKS it (a user never both FOLLOWS and BLOCKS another, so these are all the hidden edges). One pass
// over the BLOCKS edges (few beside the follows), each checked with an Expand(Into) from the follower's side;
// the counters of fill-hidden-counters.cypher are these pairs counted per user (the blocker's
// hiddenFollowers, the follower's hiddenFollowing).
MATCH (blocker:User)-[:BLOCKS]->(follower:User)
WHERE EXISTS { (follower)-[:FOLLOWS]->(blocker) }
RETURN blocker.id AS blocker, follower.id AS follower
