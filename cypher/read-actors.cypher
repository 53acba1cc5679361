// Name: read-actors
// Purpose: Actors by id, in one round trip (the caller restores the order and fills nulls).
// Parameters: $ids — list of actor ids
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {.*} AS actor
