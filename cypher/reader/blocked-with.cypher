// The reader view's @blocked (blocked.cypher: a BLOCKS either way, or a list block either way) when b is the
// same user on every row and bLists its ties read once by @block-lists(b): per row an Expand(Into) for BLOCKS
// and a seek of list_members_pair_unique / list_blocks_pair_unique for b's few lists only (none when it has
// none). PROFILE (test/plans/dense-node.test.ts, a page of 100 followers): about 10 db hits a row.
// params: a, b, bLists
(EXISTS { (<<a>>)-[:BLOCKS]-(<<b>>) }
  OR (<<a>> <> <<b>> AND (
    EXISTS { MATCH ()-[rvEdge:HAS_MEMBER]->() WHERE rvEdge.list IN <<bLists>>.subscribes AND rvEdge.member = <<a>>.id }
    OR EXISTS { MATCH ()-[rvSub:BLOCKS_LIST]->() WHERE rvSub.from = <<a>>.id AND rvSub.list IN <<bLists>>.memberOf })))
