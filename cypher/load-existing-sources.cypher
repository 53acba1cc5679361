// Name: load-existing-sources
// Purpose: Which of the given source ids are already stored, with each record's fingerprint.
// Parameters: $ids — list of source ids
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.fingerprint AS fingerprint
