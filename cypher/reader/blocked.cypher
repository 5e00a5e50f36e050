// The reader view, 1 of 4: whether users a and b (both bound, distinct) stand in a block relation: a BLOCKS
// either way, or a list block either way (one subscribes to a block list that holds the other; API.md, "Lists
// and moderation lists"). Such a pair's follows are hidden and neither is shown to the other. Every test is
// anchored on both bound users: the BLOCKS test is an Expand(Into) from the smaller side; a list block walks the
// subscriber's few BLOCKS_LIST edges and checks the member with an Expand(Into) (never a list's members).
// params: a, b
(EXISTS { (<<a>>)-[:BLOCKS]-(<<b>>) }
  OR EXISTS { (<<a>>)-[:BLOCKS_LIST]->(:List)-[:HAS_MEMBER]->(<<b>>) WHERE <<a>> <> <<b>> }
  OR EXISTS { (<<b>>)-[:BLOCKS_LIST]->(:List)-[:HAS_MEMBER]->(<<a>>) WHERE <<a>> <> <<b>> })
