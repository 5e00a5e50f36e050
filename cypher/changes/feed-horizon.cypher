// GET /v1/changes/latest: the feed's current end, now - $lagMs on the server's clock (the clock that stamps
// changes): every change before it is readable and no later transaction can add one before it.
RETURN timestamp() - toInteger($lagMs) AS horizon
