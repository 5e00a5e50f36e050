// The reader view's list block, one way: whether the user with id aId subscribes to a block list that holds
// the user with id bId (API.md "Lists and moderation lists"; never oneself). @blocked is it either way beside
// BLOCKS; the writes ask it one way, for their refusals (BLOCKED_BY_TARGET) and the edges it hides. A seek of
// list_blocks_pair_unique on aId (none for most users), then per list it subscribes to a seek of
// list_members_pair_unique (the WITH keeps the planner from starting at the member's side, which would walk
// a list's subscribers, or from joining on a scan).
// params: aId, bId
(<<aId>> <> <<bId>> AND EXISTS {
    MATCH ()-[rvSub:BLOCKS_LIST]->() WHERE rvSub.from = <<aId>> AND rvSub.list IS NOT NULL
    WITH rvSub.list AS rvList
    MATCH ()-[rvEdge:HAS_MEMBER]->() WHERE rvEdge.list = rvList AND rvEdge.member = <<bId>> })
