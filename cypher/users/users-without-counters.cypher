// One step of the counters' backfill: the next $batch users after $after in id order (a walk of the
// user_id_unique index, so the whole pass reads each user once), answering which of them have no hidden-edge
// counters yet, the last id seen and how many were seen. $prefix ('' for all) limits the walk to ids starting
// with it (a range of the same index).
MATCH (u:User)
WHERE u.id > $after AND u.id STARTS WITH $prefix
WITH u ORDER BY u.id
LIMIT toInteger($batch)
RETURN [x IN collect(u) WHERE x.hiddenFollowers IS NULL OR x.hiddenFollowing IS NULL OR x.hiddenRequests IS NULL | x.id] AS missing,
       max(u.id) AS last,
       count(u) AS seen
