// The reader view's @blocked (blocked.cypher: a BLOCKS either way, or a list block either way) when b is the
// same user on every row and bLists its ties read once by @block-lists(b): per row the two seeks of
// @blocks-either, only when b has a BLOCKS edge at all (its degree, read once), and a seek of
// list_members_pair_unique / list_blocks_pair_unique for b's few lists, only when it has any. One CASE, its
// branches in order: a CASE is evaluated lazily, where an OR of subqueries is planned to run them all, and an
// OR around an AND is rewritten by the planner into two ORs that repeat the BLOCKS seeks (PROFILE, friends of
// friends on bench S: the Filter over 1,405 sampled follows was 3,680 db hits written as an OR of CASEs, 2,327
// as one CASE; the tests for users without blocks or lists skipped, an Expand(Into) for BLOCKS at 27,000 db
// hits there before that).
// params: a, b, bLists
CASE
  WHEN CASE WHEN <<bLists>>.blocks = 0 THEN false ELSE @blocks-either(<<a>>.id, <<b>>.id) END THEN true
  WHEN <<a>> = <<b>> OR size(<<bLists>>.subscribes) + size(<<bLists>>.memberOf) = 0 THEN false
  ELSE EXISTS { MATCH ()-[rvEdge:HAS_MEMBER]->() WHERE rvEdge.list IN <<bLists>>.subscribes AND rvEdge.member = <<a>>.id }
    OR EXISTS { MATCH ()-[rvSub:BLOCKS_LIST]->() WHERE rvSub.from = <<a>>.id AND rvSub.list IN <<bLists>>.memberOf }
END
