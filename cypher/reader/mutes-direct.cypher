// The reader view's direct mute: whether the user with id aId mutes the user with id bId by an unexpired
// MUTES (a seek of mutes_pair_unique). @mutes and @mutes-with test it beside the mute lists.
// params: aId, bId
EXISTS { MATCH ()-[rvEdge:MUTES]->() WHERE rvEdge.from = <<aId>> AND rvEdge.to = <<bId>> AND (rvEdge.until IS NULL OR rvEdge.until > datetime()) }
