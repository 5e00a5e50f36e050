// The pairs of users whose follows and requests a batch's list ops may hide or show, found from the smaller
// side so that no list's members or subscribers are walked when it can be avoided. Only block subscriptions
// hide edges (mutes never do), and only pairs with a FOLLOWS or REQUESTED edge either way matter to the
// counters. An op ($ops): {kind, key ('owner/list'), owner, list, user, subs, members}, where subs / members are
// the block subscribers / members the same batch adds or removes on that list (they may not exist yet):
// - kind 'member' (a membership of `user` added or removed): its FOLLOWS and REQUESTED edges, either way, with
//   the list's block subscribers, walking its own edges (a seek of list_blocks_pair_unique each) or the list's
//   subscribers (an Expand(Into) each), whichever is fewer: bounded by the member's edges, and a celebrity
//   added to a list is checked against the subscribers instead (none for a curation list);
// - kind 'subscriber' (`user` subscribes or unsubscribes as a block list): its edges with the list's members,
//   walking its own edges (a seek of list_members_pair_unique each) or the list's members (an Expand(Into)
//   each), whichever is fewer (degrees from the degree store);
// - kind 'list' (the list deleted): edges between its members and its block subscribers, walking the side
//   with fewer users.
// Run before the locks (to take them in order) and again once they are held (the answer that counts).
UNWIND $ops AS op
CALL (op) {
  WITH op
  WHERE op.kind = 'member'
  MATCH (m:User {id: op.user})
  OPTIONAL MATCH (l:List {owner: op.owner, id: op.list})
  WITH op, m, l, COUNT { (m)-[:FOLLOWS|REQUESTED]-() } AS edges,
       size(op.subs) + CASE WHEN l IS NULL THEN 0 ELSE COUNT { (l)<-[:BLOCKS_LIST]-() } END AS subscribers
  CALL (op, m, l, edges, subscribers) {
    WITH op, m
    WHERE edges <= subscribers
    MATCH (m)-[:FOLLOWS|REQUESTED]-(x:User)
    WHERE x.id IN op.subs OR EXISTS { MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = x.id AND s.list = op.key }
    RETURN x
  UNION
    WITH m, l
    WHERE edges > subscribers
    MATCH (l)<-[:BLOCKS_LIST]-(x:User)
    WHERE EXISTS { (m)-[:FOLLOWS|REQUESTED]-(x) }
    RETURN x
  UNION
    WITH op, m
    WHERE edges > subscribers
    UNWIND op.subs AS sub
    MATCH (x:User {id: sub})
    WHERE EXISTS { (m)-[:FOLLOWS|REQUESTED]-(x) }
    RETURN x
  }
  RETURN m.id AS a, x.id AS b
UNION
  WITH op
  WHERE op.kind = 'subscriber'
  MATCH (s:User {id: op.user})
  OPTIONAL MATCH (l:List {owner: op.owner, id: op.list})
  WITH op, s, l, COUNT { (s)-[:FOLLOWS|REQUESTED]-() } AS edges,
       size(op.members) + CASE WHEN l IS NULL THEN 0 ELSE COUNT { (l)-[:HAS_MEMBER]->() } END AS members
  CALL (op, s, l, edges, members) {
    WITH op, s
    WHERE edges <= members
    MATCH (s)-[:FOLLOWS|REQUESTED]-(y:User)
    WHERE y.id IN op.members OR EXISTS { MATCH ()-[x:HAS_MEMBER]->() WHERE x.list = op.key AND x.member = y.id }
    RETURN y
  UNION
    WITH s, l
    WHERE edges > members
    MATCH (l)-[:HAS_MEMBER]->(y:User)
    WHERE EXISTS { (s)-[:FOLLOWS|REQUESTED]-(y) }
    RETURN y
  UNION
    WITH op, s
    WHERE edges > members
    UNWIND op.members AS member
    MATCH (y:User {id: member})
    WHERE EXISTS { (s)-[:FOLLOWS|REQUESTED]-(y) }
    RETURN y
  }
  RETURN s.id AS a, y.id AS b
UNION
  WITH op
  WHERE op.kind = 'list'
  MATCH (l:List {owner: op.owner, id: op.list})
  WITH op, l, COUNT { (l)-[:HAS_MEMBER]->() } AS members, COUNT { (l)<-[:BLOCKS_LIST]-() } AS subscribers
  CALL (op, l, members, subscribers) {
    WITH op, l
    WHERE members <= subscribers
    MATCH (l)-[:HAS_MEMBER]->(y:User)-[:FOLLOWS|REQUESTED]-(x:User)
    WHERE EXISTS { MATCH ()-[s:BLOCKS_LIST]->() WHERE s.from = x.id AND s.list = op.key }
    RETURN y.id AS a, x.id AS b
  UNION
    WITH op, l
    WHERE members > subscribers
    MATCH (l)<-[:BLOCKS_LIST]-(x:User)-[:FOLLOWS|REQUESTED]-(y:User)
    WHERE EXISTS { MATCH ()-[m:HAS_MEMBER]->() WHERE m.list = op.key AND m.member = y.id }
    RETURN y.id AS a, x.id AS b
  }
  RETURN a, b
}
WITH DISTINCT CASE WHEN a < b THEN a ELSE b END AS a, CASE WHEN a < b THEN b ELSE a END AS b
RETURN a, b
