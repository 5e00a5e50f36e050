// GET /v1/users/{id}/lists/{list}: one list, a seek of list_owner_id_unique. memberCount is the list node's
// HAS_MEMBER degree (getDegree: no member is read, whatever the list's size). createdAt in epoch ms.
MATCH (l:List {owner: $owner, id: $list})
RETURN l.id AS id, l.owner AS owner, l.name AS name, l.purpose AS purpose, l.description AS description,
       COUNT { (l)-[:HAS_MEMBER]->() } AS memberCount, l.createdAt.epochMillis AS createdAt
