// Name: read-stats
// Purpose: Counts of actors, sources and claims, and of relationships (distinct canonical
//   subject|predicate|object groups with at least one claim of any status). OPTIONAL MATCH
//   keeps one row when a label has no nodes (an aggregation grouped by the earlier counts
//   over zero rows would return no row at all).
// Parameters: none
OPTIONAL MATCH (a:Actor)
WITH count(a) AS actors
OPTIONAL MATCH (s:Source)
WITH actors, count(s) AS sources
OPTIONAL MATCH (c:Claim)
RETURN actors, sources, count(c) AS claims, count(DISTINCT c.relId) AS relationships
