// DELETE /v1/users/{id}: the user and every edge touching it, in one transaction.
MATCH (u:User {id: $id})
DETACH DELETE u
RETURN count(*) AS deleted
