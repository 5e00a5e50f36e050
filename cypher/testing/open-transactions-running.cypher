// Test probe: how many open transactions are running a query whose text contains $fragment.
SHOW TRANSACTIONS YIELD currentQuery
WHERE currentQuery CONTAINS $fragment
RETURN count(*) AS open
