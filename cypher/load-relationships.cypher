// Name: load-relationships
// Purpose: Writes the materialised relationship between two actors: one relationship whose type
//   is the predicate, carrying the aggregates over all its claims (any status). Relationship
//   types cannot be parameters and plain Neo4j 5 (no APOC, before 5.26's dynamic types) has no
//   other way to pick one from data, so the statement lists every predicate of the allowlist
//   (PREDICATES) as a static conditional MERGE; exactly one branch runs per row. No Cypher is
//   generated at runtime; a unit test checks this list matches PREDICATES.
// Parameters: $rows — list of {subject, predicate, object, props: map of aggregates}
UNWIND $rows AS row
MATCH (s:Actor {id: row.subject})
MATCH (o:Actor {id: row.object})
WITH s, o, row, row.predicate AS p
FOREACH (_ IN CASE p WHEN 'SUPPLIES' THEN [1] ELSE [] END |
  MERGE (s)-[r:SUPPLIES]->(o) SET r = row.props)
FOREACH (_ IN CASE p WHEN 'DEPLOYS_TROOPS_TO' THEN [1] ELSE [] END |
  MERGE (s)-[r:DEPLOYS_TROOPS_TO]->(o) SET r = row.props)
FOREACH (_ IN CASE p WHEN 'SIGNS_TREATY_WITH' THEN [1] ELSE [] END |
  MERGE (s)-[r:SIGNS_TREATY_WITH]->(o) SET r = row.props)
FOREACH (_ IN CASE p WHEN 'WARNS' THEN [1] ELSE [] END |
  MERGE (s)-[r:WARNS]->(o) SET r = row.props)
FOREACH (_ IN CASE p WHEN 'SANCTIONS' THEN [1] ELSE [] END |
  MERGE (s)-[r:SANCTIONS]->(o) SET r = row.props)
FOREACH (_ IN CASE p WHEN 'CONDEMNS' THEN [1] ELSE [] END |
  MERGE (s)-[r:CONDEMNS]->(o) SET r = row.props)
FOREACH (_ IN CASE p WHEN 'ACCUSES' THEN [1] ELSE [] END |
  MERGE (s)-[r:ACCUSES]->(o) SET r = row.props)
FOREACH (_ IN CASE p WHEN 'MEETS' THEN [1] ELSE [] END |
  MERGE (s)-[r:MEETS]->(o) SET r = row.props)
FOREACH (_ IN CASE p WHEN 'SUPPORTS' THEN [1] ELSE [] END |
  MERGE (s)-[r:SUPPORTS]->(o) SET r = row.props)
FOREACH (_ IN CASE p WHEN 'URGES' THEN [1] ELSE [] END |
  MERGE (s)-[r:URGES]->(o) SET r = row.props)
FOREACH (_ IN CASE p WHEN 'ATTACKS' THEN [1] ELSE [] END |
  MERGE (s)-[r:ATTACKS]->(o) SET r = row.props)
FOREACH (_ IN CASE p WHEN 'OFFICIAL_OF' THEN [1] ELSE [] END |
  MERGE (s)-[r:OFFICIAL_OF]->(o) SET r = row.props)
FOREACH (_ IN CASE p WHEN 'MEMBER_OF' THEN [1] ELSE [] END |
  MERGE (s)-[r:MEMBER_OF]->(o) SET r = row.props)
FOREACH (_ IN CASE p WHEN 'INTERACTS_WITH' THEN [1] ELSE [] END |
  MERGE (s)-[r:INTERACTS_WITH]->(o) SET r = row.props)
RETURN count(*) AS written
