// Constraints
// Uniqueness of User.id and of the lower-cased username, and of the (from, to) pair per relationship type: at
// most one edge of a type between an ordered pair, whatever the concurrency.
SHOW CONSTRAINTS
YIELD name, type, entityType, labelsOrTypes, properties
RETURN name, type, entityType, labelsOrTypes, properties
ORDER BY entityType, name
