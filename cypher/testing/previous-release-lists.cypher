// Test fixture: lists as the release before the migrations wrote them: each list owned (OWNS), its members
// (HAS_MEMBER {list: 'owner/list', member, purpose, since}) and the subscriptions to moderation lists
// (BLOCKS_LIST / MUTES_LIST {from, list, since}).
CALL {
  UNWIND $lists AS l
  MATCH (o:User {id: l.owner})
  CREATE (o)-[:OWNS]->(:List {owner: l.owner, id: l.id, name: l.name, purpose: l.purpose, description: '',
                               createdAt: datetime({epochMillis: toInteger(l.createdAt)})})
}
CALL {
  UNWIND $members AS m
  MATCH (l:List {owner: m.owner, id: m.list})
  MATCH (u:User {id: m.member})
  CREATE (l)-[:HAS_MEMBER {list: m.owner + '/' + m.list, member: m.member, purpose: l.purpose, since: datetime({epochMillis: toInteger(m.since)})}]->(u)
}
CALL {
  UNWIND $subscriptions AS s
  MATCH (u:User {id: s.from})
  MATCH (l:List {owner: s.owner, id: s.list})
  CALL (s, u, l) {
    WITH s, u, l WHERE s.type = 'block'
    CREATE (u)-[:BLOCKS_LIST {from: s.from, list: s.owner + '/' + s.list, since: datetime({epochMillis: toInteger(s.since)})}]->(l)
  }
  CALL (s, u, l) {
    WITH s, u, l WHERE s.type = 'mute'
    CREATE (u)-[:MUTES_LIST {from: s.from, list: s.owner + '/' + s.list, since: datetime({epochMillis: toInteger(s.since)})}]->(l)
  }
}
