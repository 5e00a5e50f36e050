// The graph's size
// Users, each edge type and the change feed's nodes, counted from Neo4j's count store: no node or edge is read,
// whatever the graph's size.
//
// PROFILE: one NodeCountFromCountStore or RelationshipCountFromCountStore per count (1 db hit each).
CALL () { MATCH (u:User) RETURN count(u) AS users }
CALL () { MATCH ()-[r:FOLLOWS]->() RETURN count(r) AS follows }
CALL () { MATCH ()-[r:REQUESTED]->() RETURN count(r) AS pendingRequests }
CALL () { MATCH ()-[r:BLOCKS]->() RETURN count(r) AS blocks }
CALL () { MATCH ()-[r:MUTES]->() RETURN count(r) AS mutes }
CALL () { MATCH (c:Change) RETURN count(c) AS changeNodes }
RETURN users, follows, pendingRequests, blocks, mutes, changeNodes
