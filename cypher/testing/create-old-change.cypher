// Test fixture: a change-feed entry stamped $ageMs in the past (retention tests).
CREATE (c:Change {id: $id, at: datetime({epochMillis: timestamp() - toInteger($ageMs)}), type: 'user.updated', actor: $actor, target: null})
RETURN c.at.epochMillis AS at
