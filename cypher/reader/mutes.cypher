// The reader view, 2 of 4: whether a mutes b (both bound): an unexpired MUTES (@mutes-direct), or a mute list a
// subscribes to that holds b (a seek of list_mutes_pair_unique on a, then of list_members_pair_unique per list,
// as in blocked.cypher; never oneself). A mute is the muter's alone: it filters what a is shown, never what b is
// shown (API.md v1.2). For a muter fixed across rows, @mutes-with skips what its ties rule out.
// params: a, b
(@mutes-direct(<<a>>.id, <<b>>.id)
  OR (<<a>> <> <<b>> AND EXISTS {
    MATCH ()-[rvSub:MUTES_LIST]->() WHERE rvSub.from = <<a>>.id AND rvSub.list IS NOT NULL
    WITH rvSub.list AS rvList
    MATCH ()-[rvEdge:HAS_MEMBER]->() WHERE rvEdge.list = rvList AND rvEdge.member = <<b>>.id }))
