// The change feed's horizon, in epoch ms on the database's clock: changes stamped before it are all committed
// (or rolled back), so a reader may pass them for good. It is now - $lagMs, and never later than the start of
// the oldest open transaction: a change is stamped no earlier than its own transaction's start and is only
// visible at commit, so even a bulk batch that runs longer than the lag cannot land behind a reader's cursor.
// (The list includes this transaction, started just now, and open read transactions: a long export holds
// the horizon back while it runs, delaying the feed, never breaking it.)
SHOW TRANSACTIONS YIELD startTime
RETURN timestamp() - toInteger($lagMs) AS lagged, min(datetime(startTime)).epochMillis AS oldestOpen
