// The reader view, for a muter fixed across the rows of a statement (the user suggestions are for): its MUTES
// degree (the degree store; expired mutes included, so only a 0 skips) and the mute lists it subscribes to (a
// seek of list_mutes_by_subscriber; an empty list for most users), read once for @mutes-with.
// params: u
{mutes: COUNT { (<<u>>)-[:MUTES]->() },
  lists: COLLECT { MATCH ()-[rvSub:MUTES_LIST]->() WHERE rvSub.from = <<u>>.id AND rvSub.list IS NOT NULL RETURN rvSub.list }}
