// The reader view's @blocked (blocked.cypher: a BLOCKS either way, or a list block either way) when b is the
// same user on every row and bLists its ties read once by @block-lists(b): per row two seeks of
// blocks_pair_unique, only when b has a BLOCKS edge at all (its degree, read once), and a seek of
// list_members_pair_unique / list_blocks_pair_unique for b's few lists, only when it has any. Each skip is a
// CASE: its branches are evaluated lazily, where an OR of subqueries is planned to run them all. PROFILE
// (friends of friends on bench S, 1,405 sampled follows): an Expand(Into) for BLOCKS was 27,000 db hits there
// (about 20 a row), the seeks 8,400, skipped for users without blocks.
// params: a, b, bLists
(CASE WHEN <<bLists>>.blocks = 0 THEN false ELSE
    EXISTS { MATCH ()-[rvEdge:BLOCKS]->() WHERE rvEdge.from = <<a>>.id AND rvEdge.to = <<b>>.id }
    OR EXISTS { MATCH ()-[rvEdge:BLOCKS]->() WHERE rvEdge.from = <<b>>.id AND rvEdge.to = <<a>>.id } END
  OR (<<a>> <> <<b>> AND CASE WHEN size(<<bLists>>.subscribes) + size(<<bLists>>.memberOf) = 0 THEN false ELSE
    EXISTS { MATCH ()-[rvEdge:HAS_MEMBER]->() WHERE rvEdge.list IN <<bLists>>.subscribes AND rvEdge.member = <<a>>.id }
    OR EXISTS { MATCH ()-[rvSub:BLOCKS_LIST]->() WHERE rvSub.from = <<a>>.id AND rvSub.list IN <<bLists>>.memberOf } END))
