// Name: read-sources
// Purpose: Sources by id, in one round trip (the caller restores the order and fills nulls).
// Parameters: $ids — list of source ids
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.*} AS source
