// GET /v1/export/list-members: every membership in (list key 'owner/list', member) order after ($afterList,
// $afterMember). The list_members_pair_unique index on (list, member) is seeked on list >= $afterList and gives
// the order (EXPLAIN: no Sort); the tie on the list is a CASE. One row per list (OrderedAggregation streams,
// the input being ordered by list), as the edge export does per source user: memory bounded by the largest
// list. since as epoch ms.
MATCH ()-[r:HAS_MEMBER]->()
WHERE r.list >= $afterList AND r.member IS NOT NULL
  AND CASE WHEN r.list = $afterList THEN r.member > $afterMember ELSE true END
WITH r.list AS list, r.member AS member, r.since.epochMillis AS since
ORDER BY list, member
RETURN list, collect([member, since]) AS members
