// Before measuring: how many users the bench instance holds (from the count store, no scan). More than the
// dataset's means another tool is writing to the instance, and the numbers are not the dataset's alone.
MATCH (u:User)
RETURN count(u) AS users
