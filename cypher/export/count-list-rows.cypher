// How many rows GET /v1/export/lists, /list-members and /list-subscriptions stream: lists, memberships and
// subscriptions, from the count store (constant time: no node or edge is read).
CALL () { MATCH (l:List) RETURN count(l) AS lists }
CALL () { MATCH ()-[r:HAS_MEMBER]->() RETURN count(r) AS members }
CALL () { MATCH ()-[r:BLOCKS_LIST]->() RETURN count(r) AS blocks }
CALL () { MATCH ()-[r:MUTES_LIST]->() RETURN count(r) AS mutes }
RETURN lists + members + blocks + mutes AS count
