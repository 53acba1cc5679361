// Name: load-claims
// Purpose: Upserts a batch of claims (MERGE on id, properties replaced) and (re)links each to
//   its subject, object, source and, when given, the actor it is attributed to. All ends were
//   checked to exist earlier in the same transaction; `linked` lets the caller verify it.
// Parameters: $rows — list of {props: map of claim properties incl. id, subject, object,
//   source, attributedTo, relId, fingerprint}
UNWIND $rows AS row
MERGE (c:Claim {id: row.props.id})
SET c = row.props
WITH c, row, [(c)-[l:SUBJECT|OBJECT|CITES|ATTRIBUTED_TO]->() | l] AS oldLinks
FOREACH (l IN oldLinks | DELETE l)
WITH c, row
MATCH (s:Actor {id: row.props.subject})
MATCH (o:Actor {id: row.props.object})
MATCH (src:Source {id: row.props.source})
CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o), (c)-[:CITES]->(src)
WITH c, row
OPTIONAL MATCH (t:Actor) WHERE t.id = row.props.attributedTo
FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | CREATE (c)-[:ATTRIBUTED_TO]->(t))
RETURN count(c) AS linked
