// Name: load-actors
// Purpose: Upserts a batch of actors (MERGE on id, properties replaced) and gives each exactly
//   one kind label. Labels cannot be parameters, so instead of generating Cypher per kind, the
//   statement lists every kind of the allowlist (ACTOR_KINDS) as a static, conditional SET.
// Parameters: $rows — list of {props: map of actor properties incl. id, kind, fingerprint}
UNWIND $rows AS row
MERGE (a:Actor {id: row.props.id})
SET a = row.props
REMOVE a:State:Official:Organization:Group
WITH a, row.props.kind AS kind
FOREACH (_ IN CASE kind WHEN 'STATE' THEN [1] ELSE [] END | SET a:State)
FOREACH (_ IN CASE kind WHEN 'OFFICIAL' THEN [1] ELSE [] END | SET a:Official)
FOREACH (_ IN CASE kind WHEN 'ORGANIZATION' THEN [1] ELSE [] END | SET a:Organization)
FOREACH (_ IN CASE kind WHEN 'GROUP' THEN [1] ELSE [] END | SET a:Group)
RETURN count(a) AS written
