// Name: load-existing-actors
// Purpose: Which of the given actor ids are already stored, with the fingerprint of each
//   stored record (to count added / updated / unchanged and to resolve references).
// Parameters: $ids — list of actor ids
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id, a.fingerprint AS fingerprint
