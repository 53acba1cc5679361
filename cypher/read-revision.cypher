// Name: read-revision
// Purpose: The current data revision ('' before the first load or clear).
// Parameters: none
OPTIONAL MATCH (m:RelataMeta {key: 'relata'})
RETURN coalesce(m.revision, '') AS revision
