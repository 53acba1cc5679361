// Name: read-claims
// Purpose: Claims by id, in one round trip (the caller restores the order and fills nulls).
// Parameters: $ids — list of claim ids
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c {.*} AS claim
