// The reader view's direct block, either way: whether the user with id aId BLOCKS the user with id bId or bId
// BLOCKS aId. Two seeks of blocks_pair_unique (1 db hit each when both ids are at hand: a parameter, or a
// property cached on the row). @blocked and @blocked-with test it beside the list blocks.
// params: aId, bId
(EXISTS { MATCH ()-[rvEdge:BLOCKS]->() WHERE rvEdge.from = <<aId>> AND rvEdge.to = <<bId>> }
  OR EXISTS { MATCH ()-[rvEdge:BLOCKS]->() WHERE rvEdge.from = <<bId>> AND rvEdge.to = <<aId>> })
