// Name: read-all-sources
// Purpose: Every source, ordered by id.
// Parameters: none
MATCH (s:Source)
RETURN s {.*} AS source
ORDER BY s.id
