// POST /v1/users/{id}/follow-requests/{requester}/reject: drops the pending REQUESTED edge (a seek on
// requested_pair_unique). rejected = 0: there was no such request.
OPTIONAL MATCH ()-[q:REQUESTED {from: $requester, to: $id}]->()
DELETE q
RETURN count(q) AS rejected
