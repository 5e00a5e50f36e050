// The reader view, 2 of 4: whether a mutes b (both bound): an unexpired MUTES (a seek of mutes_pair_unique), or
// a mute list a subscribes to that holds b (a seek of list_mutes_pair_unique on a, then of
// list_members_pair_unique per list, as in blocked.cypher; never oneself). A mute is the muter's alone: it filters what a is shown,
// never what b is shown (API.md v1.2).
// params: a, b
(EXISTS { MATCH ()-[rvEdge:MUTES]->() WHERE rvEdge.from = <<a>>.id AND rvEdge.to = <<b>>.id AND (rvEdge.until IS NULL OR rvEdge.until > datetime()) }
  OR (<<a>> <> <<b>> AND EXISTS {
    MATCH ()-[rvSub:MUTES_LIST]->() WHERE rvSub.from = <<a>>.id AND rvSub.list IS NOT NULL
    WITH rvSub.list AS rvList
    MATCH ()-[rvEdge:HAS_MEMBER]->() WHERE rvEdge.list = rvList AND rvEdge.member = <<b>>.id }))
