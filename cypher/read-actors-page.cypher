// Name: read-actors-page
// Purpose: The next page of actors in id order after $after (keyset pagination on the
//   actor_id constraint's index), for streaming every actor.
// Parameters: $after — last id of the previous page ('' for the first); $batchSize — integer
MATCH (a:Actor)
WHERE a.id > $after
RETURN a {.*} AS actor
ORDER BY a.id
LIMIT $batchSize
