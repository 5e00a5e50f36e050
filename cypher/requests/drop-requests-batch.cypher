// Deletes up to $batch of the pending requests to $id (after follow-requesters made them FOLLOWS); the
// caller repeats until fewer than $batch are deleted. Expands the user's incoming REQUESTED group only.
MATCH (:User {id: $id})<-[q:REQUESTED]-()
WITH q
LIMIT $batch
DELETE q
RETURN count(*) AS dropped
