// GET /v1/export/list-subscriptions?type=block: every block subscription in (user, list key) order after
// ($afterUser, $afterList): a seek of list_blocks_pair_unique on from >= $afterUser in index order (no Sort),
// the tie a CASE; one row per subscriber. since as epoch ms.
MATCH ()-[r:BLOCKS_LIST]->()
WHERE r.from >= $afterUser AND r.list IS NOT NULL
  AND CASE WHEN r.from = $afterUser THEN r.list > $afterList ELSE true END
WITH r.from AS user, r.list AS list, r.since.epochMillis AS since
ORDER BY user, list
RETURN user, collect([list, since]) AS lists
