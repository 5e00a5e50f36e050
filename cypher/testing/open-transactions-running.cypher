// Test probe: how many open transactions run a query whose text contains $fragment with parameter
// `after` = $after (a value unique to the calling test).
SHOW TRANSACTIONS YIELD currentQuery, parameters
WHERE currentQuery CONTAINS $fragment AND parameters.after = $after
RETURN count(*) AS open
