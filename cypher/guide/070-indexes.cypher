// Indexes
// Every index with its state: all should be ONLINE at 100%. The relationship indexes serve the keyset pages of
// followers, following, blocks and mutes; the constraints' own indexes serve lookups by id and username.
SHOW INDEXES
YIELD name, type, entityType, labelsOrTypes, properties, state, populationPercent, owningConstraint
RETURN name, type, entityType, labelsOrTypes, properties, state, populationPercent, owningConstraint
ORDER BY entityType, name
