// The reader view, 2 of 4: whether a mutes b (both bound, distinct): an unexpired MUTES, or a mute list a
// subscribes to that holds b. A mute is the muter's alone: it filters what a is shown, never what b is shown
// (API.md v1.2). Anchored on a's few MUTES and MUTES_LIST edges, b checked with an Expand(Into).
// params: a, b
(EXISTS { MATCH (<<a>>)-[m:MUTES]->(<<b>>) WHERE m.until IS NULL OR m.until > datetime() }
  OR EXISTS { (<<a>>)-[:MUTES_LIST]->(:List)-[:HAS_MEMBER]->(<<b>>) WHERE <<a>> <> <<b>> })
