// Name: schema-await-indexes
// Purpose: Waits until every index is ONLINE, so searches right after start see all actors.
// Parameters: $timeoutSeconds — integer, how long to wait before failing
CALL db.awaitIndexes($timeoutSeconds)
