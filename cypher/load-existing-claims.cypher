// Name: load-existing-claims
// Purpose: Which of the given claim ids are already stored, with each record's fingerprint and
//   the relationship it currently belongs to (an update may move it to another relationship).
// Parameters: $ids — list of claim ids
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c.id AS id, c.fingerprint AS fingerprint, c.relId AS relId
