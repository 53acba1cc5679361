// Name: load-delete-relationships
// Purpose: Removes materialised relationships left without claims (an updated claim moved to
//   another subject, predicate or object). Matching on type(r) avoids a dynamic type.
// Parameters: $rows — list of {subject, predicate, object}
UNWIND $rows AS row
MATCH (:Actor {id: row.subject})-[r]->(:Actor {id: row.object})
WHERE type(r) = row.predicate
DELETE r
RETURN count(*) AS deleted
