// The reader view, for a user fixed across the rows of a statement (the user whose list is read, the viewer):
// its block-list ties, read once, for @blocked-with: the block lists it subscribes to and the moderation lists
// that hold it (seeks of list_blocks_by_subscriber and list_members_by_purpose; two empty lists for most users),
// its BLOCKS degree (the degree store) and its hidden-edge counters (follows of or to it that a block relation
// hides, kept by every write: cypher/writes/hidden-counters.cypher), so that @blocked-with, @follow-hidden-from
// and @follow-hidden-to skip their per-row seeks for a user with none (most users).
// params: u
{blocks: COUNT { (<<u>>)-[:BLOCKS]-() }, hiddenFollowers: <<u>>.hiddenFollowers, hiddenFollowing: <<u>>.hiddenFollowing,
  subscribes: COLLECT { MATCH ()-[rvSub:BLOCKS_LIST]->() WHERE rvSub.from = <<u>>.id AND rvSub.list IS NOT NULL RETURN rvSub.list },
  memberOf: COLLECT { MATCH ()-[rvEdge:HAS_MEMBER]->() WHERE rvEdge.member = <<u>>.id AND rvEdge.purpose = 'moderation' AND rvEdge.list IS NOT NULL RETURN rvEdge.list }}
