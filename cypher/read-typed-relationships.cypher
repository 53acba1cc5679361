// Name: read-typed-relationships
// Purpose: Tests and tools: every materialised relationship between two actors (written by
//   load-relationships, one per canonical subject|PREDICATE|object with claims of any status),
//   with its type, ends and aggregate properties, in id order. Lets the integration test check
//   the materialised aggregates against the claims they summarise.
// Parameters: none
MATCH (s:Actor)-[r]->(o:Actor)
RETURN type(r) AS type, s.id AS subject, o.id AS object, r {.*} AS props
ORDER BY r.id
