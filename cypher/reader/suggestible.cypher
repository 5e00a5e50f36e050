// Whether c may be suggested to me, the rule of every suggestion source (friends-of-friends, precomputed,
// followable-among): not me, discoverable, not already followed or requested by me (pair-index seeks), in no
// block relation with me (@blocked-with) and not muted by me (@mutes-with), against me's ties read once
// (@block-lists, @mute-lists). One CASE, cheapest test first: projected after the candidate's seek, the planner
// plans it in a fraction of the time it took as predicates of the MATCH.
// params: c, me, meLists, meMutes
CASE
  WHEN <<c>> = <<me>> OR NOT coalesce(<<c>>.discoverable, true) THEN false
  WHEN EXISTS { MATCH ()-[rvEdge:FOLLOWS]->() WHERE rvEdge.from = <<me>>.id AND rvEdge.to = <<c>>.id } THEN false
  WHEN EXISTS { MATCH ()-[rvEdge:REQUESTED]->() WHERE rvEdge.from = <<me>>.id AND rvEdge.to = <<c>>.id } THEN false
  WHEN @blocked-with(<<c>>, <<me>>, <<meLists>>) THEN false
  ELSE NOT @mutes-with(<<me>>, <<c>>, <<meMutes>>)
END
