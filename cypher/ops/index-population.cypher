// Progress of index population (a schema applied over a loaded store): each index's state and percentage.
SHOW INDEXES YIELD name, state, populationPercent
RETURN name, state, populationPercent
